import secrets

from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/token")
def issue_token(response: Response):
    response.set_cookie(key="token", value=secrets.token_urlsafe(24), httponly=True)
    return {"issued": True}
