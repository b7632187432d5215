from flask import request, session


def init(app):

    @app.route('/benchmark/trustbound-02/BenchmarkTest45967', methods=['GET'])
    def BenchmarkTest45967_get():
        return BenchmarkTest45967_post()

    @app.route('/benchmark/trustbound-02/BenchmarkTest45967', methods=['POST'])
    def BenchmarkTest45967_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest45967")
        if not param:
            param = ""
        queue = []
        queue.append('static_value')
        queue.append('n/a')
        queue.append('lorem')
        queue.append(param)
        queue.insert(0, 'anonymous')
        queue.pop(0)
        queue.pop(0)
        piece = queue[-1]
        opts = {}
        opts['a'] = 'placeholder'
        opts['b'] = piece
        opts['c'] = 'none'
        bar = opts['a']
        session["prefs"] = {"lang": bar, "tz": "UTC"}
        RESPONSE += "Preferences saved"
        return RESPONSE
