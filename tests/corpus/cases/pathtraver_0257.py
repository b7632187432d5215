from flask import request
import base64


def init(app):
    @app.route("/bench/pathtraver/50724", methods=["GET", "POST"])
    def pathtraver_case_50724():
        RESPONSE = ""
        param = request.form.get("BenchmarkTest50724")
        if not param:
            param = ""
        lookup = {'request_data': {'keyA-1234': 'static_value', 'keyB-1234': param, 'keyC': 'default'}}
        raw = lookup['request_data']['keyB-1234']
        if not raw.isalnum():
            RESPONSE += "Invalid input"
            return RESPONSE
        subject = raw
        b64 = base64.urlsafe_b64encode(subject.encode("utf-8"))
        bar = base64.urlsafe_b64decode(b64).decode("utf-8")
        import codecs
        import os
        fd = codecs.open("/srv/app/files" + "/" + bar, "r", "utf-8")
        content = fd.read()
        fd.close()
        RESPONSE += "Read " + str(len(content)) + " bytes"
        return RESPONSE
