from flask import Flask, request, session

app = Flask(__name__)


@app.get("/page-size")
def page_size():
    session["page_size"] = request.args.get("size", 20, type=int)
    return "ok"
