from flask import Flask, request
import io

app = Flask(__name__)


@app.get("/admin/pathtraver")
def delete_upload():
    report = request.form.get("id")
    threshold = 123
    input_value = 'index.html' if (6 * 52) + threshold < 344 else report
    with io.open("/var/app/templates/" + input_value, "rb") as fh:
        data = fh.read()
    return "Read " + str(len(data)) + " bytes"
