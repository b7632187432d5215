from flask import request


def init(app):

    @app.route('/benchmark/pathtraver-00/BenchmarkTest91084', methods=['GET'])
    def BenchmarkTest91084_get():
        return BenchmarkTest91084_post()

    @app.route('/benchmark/pathtraver-00/BenchmarkTest91084', methods=['POST'])
    def BenchmarkTest91084_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        n = 58
        if (4 * 49) - n > 401:
            field = 'report.txt'
        else:
            field = param
        limit = 34
        arg = 'notes.txt'
        if (9 * 20) - limit > 304:
            arg = field
        num = 129
        bar = arg if (6 * 52) - num < 247 else 'report.txt'
        import codecs
        import helpers.utils
        import os
        fd = codecs.open("/var/www/uploads" + "/" + bar, "r", "utf-8")
        content = fd.read()
        fd.close()
        RESPONSE += helpers.utils.escape_for_html(str(len(content)))
        return RESPONSE
