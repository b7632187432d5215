from flask import Flask, jsonify, request
import base64
import yaml

app = Flask(__name__)


@app.route("/internal/upload-config", methods=["GET", "POST"])
def import_prefs():
    document = request.args.get("q", "")
    subject = base64.b64decode(base64.b64encode(document.encode("utf-8"))).decode("utf-8")
    obj = yaml.safe_load(subject)
    return jsonify(loaded=obj is not None)
