"""Cookie flag presets."""


def cookie_flags():
    return {"httponly": True, "samesite": "Lax"}


def secure_cookie_flags():
    flags = {"httponly": True, "samesite": "Lax"}
    flags["secure"] = True
    return flags
