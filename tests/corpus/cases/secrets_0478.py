from flask import Flask, current_app, jsonify, request
import jwt
import urllib.parse

app = Flask(__name__)


class HealthService:
    def handle(self, user):
        token = jwt.encode({"sub": user}, current_app.config["JWT_SECRET"], algorithm="HS256")
        return jsonify(token=token)


@app.route("/internal/report-status", methods=["GET", "POST"])
def health():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    user = qs.get("region", [""])[0]
    return HealthService().handle(user)
