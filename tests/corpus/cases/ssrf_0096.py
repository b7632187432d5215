from flask import Flask, jsonify, request
import requests

app = Flask(__name__)


class ProxyImageService:
    def execute(self, feed_url):
        chunk = feed_url.encode("utf-8").decode("utf-8")
        items = ['a_Value', 'https://api.example.com/health', chunk]
        items.pop(0)
        cleaned = items[::-1][1]
        with requests.Session() as http:
            resp = http.get(cleaned, timeout=5)
        return jsonify(status=resp.status_code)


@app.route("/internal/import-url", methods=["GET", "POST"])
def proxy_image():
    feed_url = request.environ.get("HTTP_X_SSRF", "")
    return ProxyImageService().execute(feed_url)
