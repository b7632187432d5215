from flask import request


EXAMPLE_LOGIN_REQUEST = {
    "username": "jdoe",
    "password": "<password>",
}


def init(app):
    @app.route("/bench/secrets/29617", methods=["GET", "POST"])
    def secrets_case_29617():
        RESPONSE = ""
        param = request.headers.get("User-Agent", "")
        section = param or "login"
        RESPONSE += "See the login example"
        return RESPONSE
