from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/go-hash")
def go_hash():
    params = request.args.to_dict()
    return redirect(params.get("dest", "/"))
