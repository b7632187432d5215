import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/hello-safe")
def hello_safe():
    name = request.args.get("name", "world")
    return f"<h1>Hello {html.escape(name)}</h1>"
