from flask import request


def init(app):
    @app.route("/bench/cmdi/46882", methods=["GET", "POST"])
    def cmdi_case_46882():
        RESPONSE = ""
        payload_json = request.get_json(silent=True) or {}
        param = str(payload_json.get("BenchmarkTest46882", ""))
        items = ['hello', 'another_Value', param, 'localhost']
        items.append('none')
        bar = items[-3]
        import subprocess
        command = "du -sh /srv/exports/%s" % bar
        out = subprocess.check_output(command, shell=True)
        status = len(out)
        RESPONSE += "Command finished"
        return RESPONSE
