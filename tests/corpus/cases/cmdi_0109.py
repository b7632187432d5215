from flask import request
import os
import helpers.holder


def init(app):
    @app.route("/bench/cmdi/02721", methods=["GET", "POST"])
    def cmdi_case_02721():
        RESPONSE = ""
        param = request.cookies.get("BenchmarkTest02721", "noCookieValueSupplied")
        opts = {'a': 'moresafe', 'b': param, 'c': 'safe'}
        input_value = opts['b']
        bar = helpers.holder.Holder(input_value).get_fallback()
        status = os.system(f"grep -i {bar} /var/log/app.log")
        RESPONSE += "Command finished"
        return RESPONSE
