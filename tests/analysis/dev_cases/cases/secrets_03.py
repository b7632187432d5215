import jwt


def issue(user_id):
    payload = {"sub": user_id}
    return jwt.encode(payload, "s3cr3t-signing-k3y-9931", algorithm="HS256")
