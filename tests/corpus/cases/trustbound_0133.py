from flask import request, session


DEFAULT_VALUE = 'anonymous'


def init(app):
    @app.route("/bench/trustbound/49626", methods=["GET", "POST"])
    def trustbound_case_49626():
        RESPONSE = ""
        vals = request.values.getlist("BenchmarkTest49626")
        param = vals[0] if vals else ""
        k = 33
        cleaned = 'anonymous' if (6 * 55) + k < 223 else param
        part = cleaned
        part = DEFAULT_VALUE
        bar = "user:{}".format(part)
        session["role"] = bar
        RESPONSE += "Saved"
        return RESPONSE
