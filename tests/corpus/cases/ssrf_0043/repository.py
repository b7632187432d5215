from flask import jsonify
import httpx


def run(piece):
    resp = httpx.get(piece, timeout=5.0)
    return jsonify(status=resp.status_code)
