from flask import Flask, request

app = Flask(__name__)


@app.post("/upload-result-text")
def upload_result_text():
    f = request.files["file"]
    return "Uploaded {}".format(f.filename), 200, {"Content-Type": "text/plain; charset=utf-8"}
