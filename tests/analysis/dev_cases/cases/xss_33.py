from flask import Flask, make_response, render_template, request

app = Flask(__name__)


@app.get("/profile-page")
def profile_page():
    html = render_template("profile.html", name=request.args.get("name", ""))
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
