from flask import Flask, make_response

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = True
COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}


@app.route("/login")
def login():
    response = make_response("ok")
    response.set_cookie("session_id", "abc", secure=True, httponly=True, samesite="Lax")
    response.set_cookie("prefs", "dark", **COOKIE_OPTS)
    response.set_cookie("csrftoken", "t0k3n", secure=True, samesite="Strict")
    response.set_cookie("old", "", expires=0, secure=app.config["SESSION_COOKIE_SECURE"], httponly=True)
    return response


def copy_cookies(source_jar, target_jar):
    # http.cookiejar's client API takes a Cookie object; no flags apply here.
    for cookie in source_jar:
        target_jar.set_cookie(cookie)
