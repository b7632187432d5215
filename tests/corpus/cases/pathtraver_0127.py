from flask import request
import os
import helpers.files


def init(app):
    @app.route("/bench/pathtraver/90806", methods=["GET", "POST"])
    def pathtraver_case_90806():
        RESPONSE = ""
        values = request.form.getlist("BenchmarkTest90806")
        param = values[0] if values else ""
        target = os.path.join(helpers.files.storage_root(), param)
        if os.path.exists(target):
            os.remove(target)
        RESPONSE += "Deleted"
        return RESPONSE
