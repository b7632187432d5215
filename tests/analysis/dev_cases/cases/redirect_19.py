from starlette.requests import Request
from starlette.responses import RedirectResponse


async def sso_callback(request: Request):
    state = request.query_params.get("state", "/")
    return RedirectResponse(state, status_code=303)
