from flask import request


def init(app):

    @app.route('/benchmark/secrets-00/BenchmarkTest53453', methods=['GET'])
    def BenchmarkTest53453_get():
        return BenchmarkTest53453_post()

    @app.route('/benchmark/secrets-00/BenchmarkTest53453', methods=['POST'])
    def BenchmarkTest53453_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        import helpers.utils
        import jwt
        token = jwt.encode({"sub": param, "scope": "read"}, "1b-Tb6p_fwaco!r8u+yD8Sb7", algorithm="HS256")
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
