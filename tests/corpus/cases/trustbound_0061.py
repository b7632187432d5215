from flask import request, session


def init(app):
    @app.route("/bench/trustbound/96637", methods=["GET", "POST"])
    def trustbound_case_96637():
        RESPONSE = ""
        vals = request.form.getlist("BenchmarkTest96637")
        param = vals[0] if vals else ""
        session["prefs"] = {"lang": param, "tz": "UTC"}
        RESPONSE += "Preferences saved"
        return RESPONSE
