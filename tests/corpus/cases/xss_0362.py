from flask import render_template_string, request


def init(app):
    @app.route("/bench/xss/56106", methods=["GET", "POST"])
    def xss_case_56106():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest56106", "")
        bar = f"Hi {param}!"
        return render_template_string("<p>Hello {{ name }}</p>", name=bar)
