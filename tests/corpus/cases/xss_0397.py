from flask import make_response, request


def init(app):
    @app.route("/bench/xss/78026", methods=["GET", "POST"])
    def xss_case_78026():
        RESPONSE = ""
        param = request.form.get("BenchmarkTest78026")
        bucket = [param, 'Guest', 'default']
        bucket.pop()
        bar = bucket[-2]
        resp = make_response("<h2>Results for " + bar + "</h2>")
        return resp
