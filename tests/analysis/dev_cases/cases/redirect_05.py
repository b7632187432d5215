from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/go")
def go(next_url: str = "/"):
    return RedirectResponse(url=next_url)
