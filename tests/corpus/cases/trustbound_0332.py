from flask import request, session


def init(app):
    @app.route("/bench/trustbound/76301", methods=["GET", "POST"])
    def trustbound_case_76301():
        RESPONSE = ""
        param = request.headers.get("Referer")
        raw = f"user:{param}"
        bucket = ['safe', raw, 'default']
        bucket.append('another_Value')
        bar = bucket[1]
        session[bar] = "10340"
        RESPONSE += "Item stored in session"
        return RESPONSE
