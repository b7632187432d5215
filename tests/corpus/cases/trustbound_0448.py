from flask import request, session


class Carrier:
    def __init__(self, content):
        self.content = content


def init(app):
    @app.route("/bench/trustbound/22492", methods=["GET", "POST"])
    def trustbound_case_22492():
        RESPONSE = ""
        param = request.values.get("BenchmarkTest22492")
        if not param:
            param = ""
        piece = Carrier(param).content
        limit = 98
        if (6 * 54) + limit > 365:
            bar = 'viewer'
        else:
            bar = piece
        session[bar] = "10340"
        RESPONSE += "Item stored in session"
        return RESPONSE
