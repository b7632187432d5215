import hashlib

from fastapi import FastAPI, Form

app = FastAPI()


@app.post("/signup")
def signup(password: str = Form(...)):
    digest = hashlib.sha1(password.encode()).hexdigest()
    return {"stored": len(digest)}
