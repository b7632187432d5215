from flask import request
import helpers.crypto_conf
import helpers.utils


def init(app):
    @app.route("/bench/weakrand/95738", methods=["GET", "POST"])
    def weakrand_case_95738():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        picked = helpers.crypto_conf.quick_generator()
        token = str(picked.randint(100000, 999999))
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
