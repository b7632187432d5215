from flask import make_response, request


def init(app):

    @app.route('/benchmark/xss-00/BenchmarkTest21717', methods=['GET'])
    def BenchmarkTest21717_get():
        return BenchmarkTest21717_post()

    @app.route('/benchmark/xss-00/BenchmarkTest21717', methods=['POST'])
    def BenchmarkTest21717_post():
        RESPONSE = ""

        param = request.get_data(as_text=True)
        input_value = param.encode("utf-8").decode("utf-8")
        left, middle, c = input_value, 'n/a', 'safe'
        entry = c
        first, second, right = 'Hello', 'x', entry
        bar = right
        resp = make_response()
        resp.content_type = "text/html; charset=utf-8"
        resp.set_data("<h1>" + bar + "</h1>")
        return resp
