from flask import make_response, request


ALLOWED_VALUES = ('/account', '/home', '/',)


def init(app):
    @app.route("/bench/redirect/27086", methods=["GET", "POST"])
    def redirect_case_27086():
        RESPONSE = ""
        param = request.headers.get("X-Trace", "")
        values_list = ['none', param, 'static_value']
        values_list.append('n/a')
        values_list.remove('static_value')
        raw = values_list[-2]
        if raw not in ALLOWED_VALUES:
            RESPONSE += "Invalid input"
            return RESPONSE
        bar = raw
        resp = make_response("", 302)
        resp.headers["Location"] = bar
        return resp
