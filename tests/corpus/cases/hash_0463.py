from flask import request
import base64
import hashlib
import helpers.utils


def init(app):

    @app.route('/benchmark/hash-02/BenchmarkTest63574', methods=['GET'])
    def BenchmarkTest63574_get():
        return BenchmarkTest63574_post()

    @app.route('/benchmark/hash-02/BenchmarkTest63574', methods=['POST'])
    def BenchmarkTest63574_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest63574", "noCookieValueSupplied")
        enc = base64.urlsafe_b64encode(param.encode("utf-8"))
        bar = base64.urlsafe_b64decode(enc).decode("utf-8")
        digest_name = 'sha1'
        registry_map = {'request_data': {'primary': 'blake2b', 'secondary': digest_name, 'fallback': 'sha256'}}
        picked = registry_map['request_data']['primary']
        hasher = hashlib.new(picked)
        hasher.update(bar.encode("utf-8"))
        digest = hasher.hexdigest()
        RESPONSE += helpers.utils.escape_for_html(str(digest))
        return RESPONSE
