import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()

BASE = "/srv/public"


@app.get("/files/{path:path}")
def get_file(path: str):
    return FileResponse(os.path.join(BASE, path))
