from flask import request
import os
import shlex


def init(app):

    @app.route('/benchmark/cmdi-02/BenchmarkTest63776', methods=['GET'])
    def BenchmarkTest63776_get():
        return BenchmarkTest63776_post()

    @app.route('/benchmark/cmdi-02/BenchmarkTest63776', methods=['POST'])
    def BenchmarkTest63776_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest63776")
        if not param:
            param = ""
        num = 114
        bar = 'localhost' if (2 * 47) + num < 71 else param
        status = os.system("nslookup " + shlex.quote(bar))
        RESPONSE += "Command finished"
        return RESPONSE
