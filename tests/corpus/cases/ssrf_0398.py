from flask import Blueprint, jsonify, request
import urllib.request

routes = Blueprint("ssrf_check_webhook", __name__)


@routes.route("/account/ping-feed")
def check_webhook():
    callback = request.args.get("value", "")
    with urllib.request.urlopen(callback, timeout=5) as resp:
        code = resp.status
    return jsonify(status=code)
