from flask import request


def init(app):

    @app.route('/benchmark/codeinj-02/BenchmarkTest88896', methods=['GET'])
    def BenchmarkTest88896_get():
        return BenchmarkTest88896_post()

    @app.route('/benchmark/codeinj-02/BenchmarkTest88896', methods=['POST'])
    def BenchmarkTest88896_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest88896")
        if param is None:
            param = ""
        seq = [param, 'none']
        seq[0] = "'safe!'"
        entry = seq[0]
        bar = "%s" % (entry,)
        import helpers.utils
        ns = {}
        exec(f"value = {bar}", ns)
        result = ns["value"]
        RESPONSE += helpers.utils.escape_for_html(str(str(result)))
        return RESPONSE
