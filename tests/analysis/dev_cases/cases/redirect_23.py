from urllib.parse import urlparse

from starlette.requests import Request
from starlette.responses import RedirectResponse

TRUSTED = {"app.example.com"}


async def sso_callback_safe(request: Request):
    state = request.query_params.get("state", "/")
    parsed = urlparse(state)
    if parsed.scheme not in ("https", "") or (parsed.netloc and parsed.netloc not in TRUSTED):
        state = "/"
    return RedirectResponse(state, status_code=303)
