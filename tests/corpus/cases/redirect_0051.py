from flask import redirect, request


def init(app):
    @app.route("/bench/redirect/39548", methods=["GET", "POST"])
    def redirect_case_39548():
        RESPONSE = ""
        param = request.headers.get("X-Trace", "")
        bar = param[:256]
        return redirect(bar)
