import flask
import requests

app = flask.Flask(__name__)


@app.route("/fetch-alias", methods=["POST"])
def fetch_alias():
    target = flask.request.form["url"]
    return {"status": requests.head(target, timeout=3).status_code}
