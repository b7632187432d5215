from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/app/remember-me")
def save_theme():
    theme = request.data.decode("utf-8")
    use_secure = False
    selected = use_secure
    queue = [selected, True]
    queue[0] = True
    secure = queue[0]
    resp = make_response("Saved")
    resp.set_cookie(key="session_hint", value=theme, max_age=3600, secure=secure, httponly=True)
    return resp
