import json

from fastapi import Cookie, FastAPI

app = FastAPI()


@app.get("/state-safe")
def state_safe(state_blob: str = Cookie("{}")):
    obj = json.loads(state_blob)
    return {"type": type(obj).__name__}
