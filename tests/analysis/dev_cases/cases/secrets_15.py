TOKEN_URL = "https://auth.example.com/oauth/token"
PASSWORD_FIELD = "password"


def login_form():
    return {"action": TOKEN_URL, "fields": ["username", PASSWORD_FIELD]}
