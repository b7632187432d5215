from flask import request
import re
import subprocess
import helpers.utils


class Carrier:
    def __init__(self, content):
        self.content = content


def init(app):
    @app.route("/bench/cmdi/92115", methods=["GET", "POST"])
    def cmdi_case_92115():
        RESPONSE = ""
        param = request.cookies.get("BenchmarkTest92115", "noCookieValueSupplied")
        chunk = Carrier(param).content
        bar = f"{chunk}"
        if not re.fullmatch(r"[a-z0-9][a-z0-9.-]{0,252}", bar):
            RESPONSE += "Invalid input"
            return RESPONSE
        proc = subprocess.run("host " + bar, shell=True)
        status = proc.returncode
        RESPONSE += helpers.utils.escape_for_html(str(status))
        return RESPONSE
