from flask import request


def init(app):
    @app.route("/bench/codeinj/09993", methods=["GET", "POST"])
    def codeinj_case_09993():
        RESPONSE = ""
        values = request.form.getlist("BenchmarkTest09993")
        param = values[0] if values else ""
        input_value = param
        opts = {}
        opts['keyA-1234'] = input_value
        opts['keyB-1234'] = '2 * 21'
        opts['keyC'] = 'safe'
        bar = opts['keyC']
        import html
        ns = {}
        exec(f"value = {bar}", ns)
        result = ns["value"]
        RESPONSE += html.escape(str(result))
        return RESPONSE
