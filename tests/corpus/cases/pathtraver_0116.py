from flask import request
import os
import helpers.utils


BASE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static", "docs")


def init(app):
    @app.route("/bench/pathtraver/60849", methods=["GET", "POST"])
    def pathtraver_case_60849():
        RESPONSE = ""
        param = request.values.get("BenchmarkTest60849")
        if not param:
            param = ""
        bar = helpers.utils.collapse_spaces(param)
        file_path = os.path.join(BASE_DIR, bar)
        with open(file_path, "r") as fh:
            content = fh.read()
        RESPONSE += "Read " + str(len(content)) + " bytes"
        return RESPONSE
