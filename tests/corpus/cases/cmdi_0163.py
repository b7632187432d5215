from flask import request
import re
import subprocess


def init(app):
    @app.route("/bench/cmdi/59699", methods=["GET", "POST"])
    def cmdi_case_59699():
        RESPONSE = ""
        param = request.headers.get("X-Client")
        if not re.fullmatch(r"[a-z0-9][a-z0-9.-]{0,252}", param):
            RESPONSE += "Invalid input"
            return RESPONSE
        proc = subprocess.run("host " + param, shell=True)
        status = proc.returncode
        RESPONSE += "Command finished"
        return RESPONSE
