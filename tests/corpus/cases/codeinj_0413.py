from flask import request


def init(app):

    @app.route('/benchmark/codeinj-02/BenchmarkTest71388', methods=['GET'])
    def BenchmarkTest71388_get():
        return BenchmarkTest71388_post()

    @app.route('/benchmark/codeinj-02/BenchmarkTest71388', methods=['POST'])
    def BenchmarkTest71388_post():
        RESPONSE = ""

        incoming = request.get_json(silent=True) or {}
        param = str(incoming.get("BenchmarkTest71388", ""))
        map = {}
        map['a'] = param
        map['b'] = "'safe!'"
        map['c'] = 'none'
        entry = map['a']
        if entry not in ['2 * 21', "'safe!'", '1 + 1']:
            RESPONSE += "Invalid input"
            return RESPONSE
        bar = entry
        import html
        result = eval("2 * (" + bar + ")")
        RESPONSE += html.escape(str(result))
        return RESPONSE
