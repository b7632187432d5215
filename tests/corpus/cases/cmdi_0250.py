from flask import request


def init(app):
    @app.route("/bench/cmdi/68238", methods=["GET", "POST"])
    def cmdi_case_68238():
        RESPONSE = ""
        param = request.form.get("BenchmarkTest68238")
        if not param:
            param = ""
        import os
        cmd = "ping -c 1 " + param
        status = os.system(cmd)
        RESPONSE += "Command finished"
        return RESPONSE
