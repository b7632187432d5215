from flask import Blueprint, jsonify, request
import redis

blueprint = Blueprint("secrets_fetch_rates", __name__)


@blueprint.route("/public/report-status", methods=["POST"])
def fetch_rates():
    user = request.headers.get("X-Trace", "")
    cache = redis.Redis(host="cache.internal", port=6379, password="zyYt*67Ar+OWS=")
    hits = cache.incr("hits:" + str(len(user)))
    return jsonify(hits=hits)
