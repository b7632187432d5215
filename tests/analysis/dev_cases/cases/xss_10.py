from flask import Flask, request

app = Flask(__name__)


@app.get("/tags")
def tags():
    values = request.args.getlist("tag")
    items = "".join(f"<li>{value}</li>" for value in values)
    return "<ul>" + items + "</ul>"
