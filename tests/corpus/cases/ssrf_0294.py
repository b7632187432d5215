from flask import Blueprint, jsonify, request
import requests

bp = Blueprint("ssrf_import_url", __name__)


KNOWN_VALUES = ('https://api.example.com/health', 'https://api.example.com/v1/status', 'https://status.example.org/ping',)


@bp.route("/api/proxy-image", methods=["POST"])
def import_url():
    endpoint = request.form.get("id")
    if not endpoint:
        endpoint = ""
    if endpoint not in KNOWN_VALUES:
        return "invalid request", 400
    part = endpoint
    resp = requests.post(part, json={"event": "ping"}, timeout=5)
    return jsonify(status=resp.status_code)
