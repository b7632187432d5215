from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/local-strict")
def local_strict():
    target = request.args.get("to", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    return redirect(target)
