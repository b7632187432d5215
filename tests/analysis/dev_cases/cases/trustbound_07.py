from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


async def login(request: Request):
    username = request.query_params.get("username", "")
    request.session["username"] = username
    return JSONResponse({"ok": True})


app = Starlette(routes=[Route("/login", login)])
