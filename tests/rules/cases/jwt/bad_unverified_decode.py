import jwt


def claims(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})


def legacy_claims(token: str) -> dict:
    return jwt.decode(token, verify=False)
