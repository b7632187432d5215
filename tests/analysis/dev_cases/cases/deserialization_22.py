import base64

import jsonpickle
from fastapi import Cookie, FastAPI

app = FastAPI()


@app.get("/state")
def state(state_blob: str = Cookie("")):
    decoded = base64.urlsafe_b64decode(state_blob.encode()).decode()
    obj = jsonpickle.loads(decoded)
    return {"type": type(obj).__name__}
