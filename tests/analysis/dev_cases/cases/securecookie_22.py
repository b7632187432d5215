from flask import Flask, make_response, request

app = Flask(__name__)


def cookie_options(secure):
    return {"secure": secure, "httponly": True, "samesite": "Lax"}


@app.post("/theme-cookie-safe")
def theme_cookie_safe():
    resp = make_response("ok")
    resp.set_cookie("theme", request.form.get("theme", "light"), **cookie_options(True))
    return resp
