from flask import request


def init(app):

    @app.route('/benchmark/hash-02/BenchmarkTest70040', methods=['GET'])
    def BenchmarkTest70040_get():
        return BenchmarkTest70040_post()

    @app.route('/benchmark/hash-02/BenchmarkTest70040', methods=['POST'])
    def BenchmarkTest70040_post():
        RESPONSE = ""

        vals = request.args.getlist("BenchmarkTest70040")
        param = vals[0] if vals else ""
        import hashlib
        import helpers.utils
        h = hashlib.sha3_256()
        h.update(param.encode("utf-8"))
        digest = h.hexdigest()
        RESPONSE += helpers.utils.escape_for_html(str(digest))
        return RESPONSE
