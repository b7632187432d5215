from flask import request
import string
import helpers.crypto_conf
import helpers.separate_request
import helpers.utils


ALPHABET = string.ascii_letters + string.digits


TOKENS = {}


def init(app):
    @app.route("/bench/weakrand/65278", methods=["GET", "POST"])
    def weakrand_case_65278():
        RESPONSE = ""
        wrapper = helpers.separate_request.request_wrapper(request)
        param = wrapper.get_form_parameter("BenchmarkTest65278")
        if param is None:
            param = ""
        lst = [param]
        bar = "".join(lst)
        selected = helpers.crypto_conf.token_generator()
        token = "".join(selected.choice(ALPHABET) for _ in range(24))
        TOKENS[bar] = token
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
