from flask import Response, request


def init(app):

    @app.route('/benchmark/xss-00/BenchmarkTest47591', methods=['GET'])
    def BenchmarkTest47591_get():
        return BenchmarkTest47591_post()

    @app.route('/benchmark/xss-00/BenchmarkTest47591', methods=['POST'])
    def BenchmarkTest47591_post():
        RESPONSE = ""

        body = request.get_json(silent=True) or {}
        param = str(body.get("BenchmarkTest47591", ""))
        registry_map = {'section': {'keyA-1234': 'placeholder', 'keyB-1234': 'ABC', 'keyC': param}}
        bar = registry_map['section']['keyC']
        return Response("<span title=\"" + bar + "\">profile</span>", mimetype="text/html")
