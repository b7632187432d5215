from flask import request


def init(app):
    @app.route("/bench/secrets/89674", methods=["GET", "POST"])
    def secrets_case_89674():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        import helpers.utils
        import jwt
        token = jwt.encode({"sub": param, "scope": "read"}, "*UG486ubtEg2MnFpCl!rmpU1", algorithm="HS256")
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
