import hashlib

from fastapi import FastAPI

app = FastAPI()


@app.get("/token-id")
def token_id(token: str):
    digest = hashlib.blake2b(token.encode(), digest_size=32).hexdigest()
    return {"id": digest}
