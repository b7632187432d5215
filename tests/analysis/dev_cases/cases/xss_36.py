from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/download-name")
def download_name():
    name = request.args.get("name", "")
    resp = make_response("<p>" + name + "</p>")
    resp.headers["Content-Type"] = "text/plain; charset=utf-8"
    return resp
