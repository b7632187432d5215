from flask import make_response, request


def init(app):
    @app.route("/bench/redirect/26543", methods=["GET", "POST"])
    def redirect_case_26543():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest26543")
        if not param:
            param = ""
        values_list = ['n/a', 'safe', param]
        values_list.append('/account')
        values_list.insert(0, 'ABC')
        values_list.remove('safe')
        input_value = values_list[-2]
        n = 65
        bar = input_value if (8 * 41) + n < 263 else '/home'
        resp = make_response("", 302)
        resp.headers["Location"] = bar
        return resp
