from flask import Flask, send_from_directory

app = Flask(__name__)


@app.route("/media/<path:name>")
def media(name):
    return send_from_directory("/srv/media", name)
