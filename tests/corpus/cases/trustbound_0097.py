from flask import request, session


def init(app):

    @app.route('/benchmark/trustbound-00/BenchmarkTest94888', methods=['GET'])
    def BenchmarkTest94888_get():
        return BenchmarkTest94888_post()

    @app.route('/benchmark/trustbound-00/BenchmarkTest94888', methods=['POST'])
    def BenchmarkTest94888_post():
        RESPONSE = ""

        payload_json = request.get_json(silent=True) or {}
        param = str(payload_json.get("BenchmarkTest94888", ""))
        entry = "" + param + ""
        params = {}
        params['keyB-1234'] = entry
        params['keyB-1234'] = 'safe!'
        bar = params['keyB-1234']
        session["prefs"] = {"lang": bar, "tz": "UTC"}
        RESPONSE += "Preferences saved"
        return RESPONSE
