import bleach
from flask import Flask, request

app = Flask(__name__)


@app.post("/comment/clean")
def clean_comment():
    body = bleach.clean(request.form.get("body", ""), tags=["b", "i"], strip=True)
    return "<div class='comment'>" + body + "</div>"
