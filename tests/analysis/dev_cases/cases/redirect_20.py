from flask import Flask, redirect, request

app = Flask(__name__)


def pick_target(default="/"):
    return request.args.get("return", default)


@app.get("/logout")
def logout():
    return redirect(pick_target())
