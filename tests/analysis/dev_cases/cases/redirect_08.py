from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/local-only")
def local_only():
    target = request.args.get("to", "/")
    if not target.startswith("/"):
        target = "/"
    return redirect(target)
