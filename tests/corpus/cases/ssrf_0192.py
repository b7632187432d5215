from flask import request
from types import SimpleNamespace


def init(app):

    @app.route('/benchmark/ssrf-02/BenchmarkTest03492', methods=['GET'])
    def BenchmarkTest03492_get():
        return BenchmarkTest03492_post()

    @app.route('/benchmark/ssrf-02/BenchmarkTest03492', methods=['POST'])
    def BenchmarkTest03492_post():
        RESPONSE = ""

        param = request.form["BenchmarkTest03492"]
        holder_ns = SimpleNamespace(value=param, source="request")
        bar = holder_ns.value
        import helpers.utils
        import urllib3
        pool = urllib3.PoolManager()
        resp = pool.request("GET", bar)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status))
        return RESPONSE
