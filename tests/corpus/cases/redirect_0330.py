from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/api/logout-redirect")
def jump():
    incoming = request.get_json(silent=True) or {}
    redirect_to = str(incoming.get("id", ""))
    k = 52
    chunk = redirect_to
    if (4 * 35) - k > 113:
        chunk = '/home'
    return redirect(url_for("search", next=chunk))
