from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/echo-json")
def echo_json():
    return jsonify({"q": request.args.get("q", "")})
