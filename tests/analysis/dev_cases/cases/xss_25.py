from flask import Flask, request

app = Flask(__name__)


@app.post("/upload-result")
def upload_result():
    f = request.files["file"]
    return "<p>Uploaded {}</p>".format(f.filename), 200, {"Content-Type": "text/html"}
