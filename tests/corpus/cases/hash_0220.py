from flask import request


def init(app):

    @app.route('/benchmark/hash-02/BenchmarkTest14682', methods=['GET'])
    def BenchmarkTest14682_get():
        return BenchmarkTest14682_post()

    @app.route('/benchmark/hash-02/BenchmarkTest14682', methods=['POST'])
    def BenchmarkTest14682_post():
        RESPONSE = ""

        incoming = request.get_json(silent=True) or {}
        param = str(incoming.get("BenchmarkTest14682", ""))
        bar = param
        import hashlib
        import helpers.utils
        h = hashlib.sha1()
        h.update(bar.encode("utf-8"))
        digest = h.hexdigest()
        RESPONSE += helpers.utils.escape_for_html(str(digest))
        return RESPONSE
