from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/echo-plain")
def echo_plain(text: str = ""):
    return PlainTextResponse(text)
