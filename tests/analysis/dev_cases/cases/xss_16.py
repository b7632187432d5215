from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/echo-text")
def echo_text():
    return Response(request.args.get("q", ""), mimetype="text/plain")
