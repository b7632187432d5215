from flask import request, session


def init(app):
    @app.route("/bench/trustbound/03408", methods=["GET", "POST"])
    def trustbound_case_03408():
        RESPONSE = ""
        param = request.headers.get("X-Client")
        if not param:
            param = ""
        bar = f"user:{param}"
        session["role"] = bar
        RESPONSE += "Saved"
        return RESPONSE
