from flask import Flask, request

app = Flask(__name__)


@app.get("/page-number")
def page_number():
    number = int(request.args.get("page", "1"))
    return f"<p>Page {number}</p>"
