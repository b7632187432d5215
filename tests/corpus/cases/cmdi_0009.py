from flask import request
import os
import helpers.utils


def init(app):

    @app.route('/benchmark/cmdi-01/BenchmarkTest58454', methods=['GET'])
    def BenchmarkTest58454_get():
        return BenchmarkTest58454_post()

    @app.route('/benchmark/cmdi-01/BenchmarkTest58454', methods=['POST'])
    def BenchmarkTest58454_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        num = 95
        term = 'localhost'
        if (4 * 39) + num < 364:
            term = param
        mapping = {'group': {'first': 'safe!', 'second': 'n/a', 'third': term}}
        bar = mapping['group']['third']
        cmd = "echo " + bar
        status = os.system(cmd)
        RESPONSE += helpers.utils.escape_for_html(str(status))
        return RESPONSE
