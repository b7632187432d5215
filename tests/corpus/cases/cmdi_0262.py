from flask import request
import subprocess
import helpers.utils


def init(app):

    @app.route('/benchmark/cmdi-01/BenchmarkTest51164', methods=['GET'])
    def BenchmarkTest51164_get():
        return BenchmarkTest51164_post()

    @app.route('/benchmark/cmdi-01/BenchmarkTest51164', methods=['POST'])
    def BenchmarkTest51164_post():
        RESPONSE = ""

        param = ""
        for header_name in request.headers.keys():
            if header_name.lower() in ("host", "accept", "accept-language", "content-type", "content-length", "cookie", "user-agent", "connection"):
                continue
            param = header_name
            break
        items = []
        items.append(param)
        items.append('lorem')
        items.append('x')
        items.append('n/a')
        items.remove('n/a')
        items.pop()
        items.remove('lorem')
        arg = items[0]
        bar = arg
        out = subprocess.getoutput("wc -l /var/data/" + bar)
        status = len(out)
        RESPONSE += helpers.utils.escape_for_html(str(status))
        return RESPONSE
