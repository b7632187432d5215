import os

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/upload-safe")
async def upload_safe(file: UploadFile):
    name = os.path.basename(file.filename or "upload.bin")
    if name in ("", ".", ".."):
        raise HTTPException(status_code=400)
    with open(os.path.join("/srv/uploads", name), "wb") as handle:
        handle.write(await file.read())
    return {"saved": True}
