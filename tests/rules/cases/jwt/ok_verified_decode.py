import jwt

SIGNING_KEY_ENV = "JWT_SIGNING_KEY"


def claims(token: str, key: str) -> dict:
    return jwt.decode(token, key, algorithms=["HS256"], options={"require": ["exp"]})
