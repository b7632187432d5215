from flask import request
import os
from werkzeug.utils import safe_join
import helpers.files


def init(app):
    @app.route("/bench/pathtraver/31378", methods=["GET", "POST"])
    def pathtraver_case_31378():
        RESPONSE = ""
        incoming = request.get_json(silent=True) or {}
        param = str(incoming.get("BenchmarkTest31378", ""))
        bar = param.strip()
        file_path = safe_join(helpers.files.storage_root(), bar)
        if file_path is None:
            RESPONSE += "Invalid input"
            return RESPONSE
        with open(file_path, "rb") as fh:
            content = fh.read()
        RESPONSE += "Read " + str(len(content)) + " bytes"
        return RESPONSE
