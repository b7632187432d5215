from starlette.requests import Request
from starlette.responses import HTMLResponse


async def welcome(request: Request):
    name = request.path_params["name"]
    return HTMLResponse("<h2>Welcome " + name + "</h2>")
