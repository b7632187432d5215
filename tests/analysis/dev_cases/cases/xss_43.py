from flask import Flask, request

app = Flask(__name__)


@app.get("/list-upper")
def list_upper():
    items = map(str.upper, request.args.getlist("item"))
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
