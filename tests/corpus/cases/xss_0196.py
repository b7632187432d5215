from flask import request
import json
from markupsafe import Markup


def init(app):

    @app.route('/benchmark/xss-01/BenchmarkTest75196', methods=['GET'])
    def BenchmarkTest75196_get():
        return BenchmarkTest75196_post()

    @app.route('/benchmark/xss-01/BenchmarkTest75196', methods=['POST'])
    def BenchmarkTest75196_post():
        RESPONSE = ""

        param = request.form["BenchmarkTest75196"]
        bar = json.loads(json.dumps({"v": param}))["v"]
        return Markup("<em>%s</em>") % bar
