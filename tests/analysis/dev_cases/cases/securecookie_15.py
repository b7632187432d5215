import secrets

from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/token-safe")
def issue_token_safe(response: Response):
    response.set_cookie(key="token", value=secrets.token_urlsafe(24), secure=True, httponly=True,
                        samesite="strict")
    return {"issued": True}
