from flask import Response, request
import json
import helpers.pipeline


def init(app):

    @app.route('/benchmark/redirect-02/BenchmarkTest89271', methods=['GET'])
    def BenchmarkTest89271_get():
        return BenchmarkTest89271_post()

    @app.route('/benchmark/redirect-02/BenchmarkTest89271', methods=['POST'])
    def BenchmarkTest89271_post():
        RESPONSE = ""

        param = request.environ.get("HTTP_X_BENCHMARKTES", "")
        field = json.loads(json.dumps({"v": param}))["v"]
        bar = helpers.pipeline.Transformer().apply(field)
        return Response(status=302, headers={"Location": bar})
