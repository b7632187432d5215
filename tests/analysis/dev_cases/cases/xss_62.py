from xml.sax.saxutils import escape

from flask import Flask, request

app = Flask(__name__)


@app.get("/profile-link")
def profile_link():
    name = escape(request.args.get("name", ""))
    return f"<a title='{name}' href='/profile'>profile</a>"
