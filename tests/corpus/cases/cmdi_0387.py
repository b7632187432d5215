from flask import request
import os
import helpers.thing
import helpers.utils


def init(app):

    @app.route('/benchmark/cmdi-01/BenchmarkTest24257', methods=['GET'])
    def BenchmarkTest24257_get():
        return BenchmarkTest24257_post()

    @app.route('/benchmark/cmdi-01/BenchmarkTest24257', methods=['POST'])
    def BenchmarkTest24257_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest24257")
        bar = helpers.thing.doSomething(param)
        output = os.popen("whois " + bar).read()
        status = len(output)
        RESPONSE += helpers.utils.escape_for_html(str(status))
        return RESPONSE
