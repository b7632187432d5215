from flask import request
import configparser
from pathlib import Path
import helpers.separate_request


def init(app):

    @app.route('/benchmark/pathtraver-01/BenchmarkTest14005', methods=['GET'])
    def BenchmarkTest14005_get():
        return BenchmarkTest14005_post()

    @app.route('/benchmark/pathtraver-01/BenchmarkTest14005', methods=['POST'])
    def BenchmarkTest14005_post():
        RESPONSE = ""

        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest14005")
        if not param:
            param = ""
        conf = configparser.ConfigParser()
        conf.add_section("query")
        conf.set("query", "value", param)
        bar = conf.get("query", "value")
        Path("/var/cache/app", bar).unlink(missing_ok=True)
        RESPONSE += "Removed"
        return RESPONSE
