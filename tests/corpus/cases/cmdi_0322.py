from flask import request


def init(app):

    @app.route('/benchmark/cmdi-02/BenchmarkTest99140', methods=['GET'])
    def BenchmarkTest99140_get():
        return BenchmarkTest99140_post()

    @app.route('/benchmark/cmdi-02/BenchmarkTest99140', methods=['POST'])
    def BenchmarkTest99140_post():
        RESPONSE = ""

        param = request.values.get("BenchmarkTest99140")
        raw = "" + param + ""
        num = 16
        bar = 'safe!' if (9 * 33) - num > 148 else raw
        import os
        cmd = "ls -l /var/data/" + bar
        status = os.system(cmd)
        RESPONSE += "Command finished"
        return RESPONSE
