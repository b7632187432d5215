"""Cookie option presets."""


def strict_options():
    return {"secure": True, "httponly": True, "samesite": "Strict"}


def relaxed_options():
    return {"httponly": True, "samesite": "Lax"}


class CookiePolicy:
    def secure_flag(self, requested):
        return requested


class EnforcedCookiePolicy(CookiePolicy):
    def secure_flag(self, requested):
        return True
