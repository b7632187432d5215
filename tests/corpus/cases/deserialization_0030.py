from flask import request
import yaml


def init(app):
    @app.route("/bench/deserialization/99804", methods=["GET", "POST"])
    def deserialization_case_99804():
        RESPONSE = ""
        incoming = request.get_json(silent=True) or {}
        param = str(incoming.get("BenchmarkTest99804", ""))
        n = 31
        if (2 * 33) - n < 325:
            input_value = param
        else:
            input_value = '{}'
        items = ['none', input_value, 'ABC']
        items.remove('none')
        bar = items[0]
        obj = yaml.safe_load(bar)
        RESPONSE += "Loaded"
        return RESPONSE
