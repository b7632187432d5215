import os

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/upload")
async def upload(file: UploadFile):
    destination = os.path.join("/srv/uploads", file.filename)
    with open(destination, "wb") as handle:
        handle.write(await file.read())
    return {"saved": True}
