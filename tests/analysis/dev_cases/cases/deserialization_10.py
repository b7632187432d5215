import pickle

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/upload-state")
async def upload_state(file: UploadFile):
    raw = await file.read()
    state = pickle.loads(raw)
    return {"keys": len(state)}
