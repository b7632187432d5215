from flask import Response, request


def init(app):
    @app.route("/bench/xss/82754", methods=["GET", "POST"])
    def xss_case_82754():
        RESPONSE = ""
        param = request.form.get("BenchmarkTest82754")
        if param is None:
            param = ""
        if not param.isalnum():
            RESPONSE += "Invalid input"
            return RESPONSE
        bar = param
        return Response("<span title=\"" + bar + "\">profile</span>", mimetype="text/html")
