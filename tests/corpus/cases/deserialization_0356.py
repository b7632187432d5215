from flask import request
import base64
import marshal
import helpers.utils


def init(app):
    @app.route("/bench/deserialization/69811", methods=["GET", "POST"])
    def deserialization_case_69811():
        RESPONSE = ""
        param = request.headers.get("User-Agent")
        if not param:
            param = ""
        subject = param.strip(" \n")
        n = 50
        bar = subject
        if (7 * 46) + n > 60:
            bar = 'safe!'
        obj = marshal.loads(base64.b64decode(bar))
        RESPONSE += helpers.utils.escape_for_html(str(obj is not None))
        return RESPONSE
