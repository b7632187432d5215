import urllib.request

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Import(BaseModel):
    source_url: str


@app.post("/imports")
def create_import(job: Import):
    data = urllib.request.urlopen(job.source_url, timeout=10).read()
    return {"bytes": len(data)}
