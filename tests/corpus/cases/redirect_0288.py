from flask import redirect, request


def init(app):
    @app.route("/bench/redirect/71168", methods=["GET", "POST"])
    def redirect_case_71168():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest71168", "")
        bar = param
        return redirect(bar)
