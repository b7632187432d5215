from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/app/xss")
def greet():
    message = request.cookies.get("q", "noCookieValueSupplied")
    cleaned = message
    cleaned = 'Hello'
    resp = make_response("<h2>Results for " + cleaned + "</h2>")
    return resp
