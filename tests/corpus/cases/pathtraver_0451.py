from flask import request


def init(app):
    @app.route("/bench/pathtraver/77043", methods=["GET", "POST"])
    def pathtraver_case_77043():
        RESPONSE = ""
        param = request.headers.get("X-Trace")
        if param is None:
            param = ""
        bar = f"{param}"
        import codecs
        import helpers.files
        import os
        fd = codecs.open(helpers.files.storage_root() + "/" + bar, "r", "utf-8")
        content = fd.read()
        fd.close()
        RESPONSE += "Read " + str(len(content)) + " bytes"
        return RESPONSE
