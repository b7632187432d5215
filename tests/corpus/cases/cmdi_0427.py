from flask import request
import base64
import os
import helpers.utils


def init(app):

    @app.route('/benchmark/cmdi-02/BenchmarkTest05873', methods=['GET'])
    def BenchmarkTest05873_get():
        return BenchmarkTest05873_post()

    @app.route('/benchmark/cmdi-02/BenchmarkTest05873', methods=['POST'])
    def BenchmarkTest05873_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest05873", "")
        enc = base64.urlsafe_b64encode(param.encode("utf-8"))
        chunk = base64.urlsafe_b64decode(enc).decode("utf-8")
        bucket = []
        bucket.append('a_Value')
        bucket.append('ABC')
        bucket.append(chunk)
        bucket.append('none')
        bucket.append('localhost')
        bucket.pop(0)
        bar = bucket[3]
        output = os.popen("whois " + bar).read()
        status = len(output)
        RESPONSE += helpers.utils.escape_for_html(str(status))
        return RESPONSE
