from flask import request
import secrets
import helpers.utils


def init(app):
    @app.route("/bench/weakrand/98439", methods=["GET", "POST"])
    def weakrand_case_98439():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        token = secrets.token_urlsafe(24)
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
