from flask import redirect, request
import base64
from urllib.parse import urlparse


class Carrier:
    def __init__(self, content):
        self.content = content


ALLOWED_HOSTS = {"example.com", "www.example.com"}


def init(app):

    @app.route('/benchmark/redirect-00/BenchmarkTest56691', methods=['GET'])
    def BenchmarkTest56691_get():
        return BenchmarkTest56691_post()

    @app.route('/benchmark/redirect-00/BenchmarkTest56691', methods=['POST'])
    def BenchmarkTest56691_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest56691", "")
        piece = Carrier(param).content
        enc = base64.urlsafe_b64encode(piece.encode("utf-8"))
        bar = base64.urlsafe_b64decode(enc).decode("utf-8")
        parsed = urlparse(bar)
        if parsed.scheme != "https" or parsed.netloc not in ALLOWED_HOSTS:
            RESPONSE += "Invalid input"
            return RESPONSE
        return redirect(bar)
