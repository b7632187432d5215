from flask import render_template_string, request
import urllib.parse


def init(app):

    @app.route('/benchmark/xss-01/BenchmarkTest52508', methods=['GET'])
    def BenchmarkTest52508_get():
        return BenchmarkTest52508_post()

    @app.route('/benchmark/xss-01/BenchmarkTest52508', methods=['POST'])
    def BenchmarkTest52508_post():
        RESPONSE = ""

        qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest52508", [""])[0]
        bucket = ['x', 'static_value', param]
        bucket.pop(0)
        bucket.pop(0)
        bar = bucket[::-1][0]
        return render_template_string("<p>{{ msg|safe }}</p>", msg=bar)
