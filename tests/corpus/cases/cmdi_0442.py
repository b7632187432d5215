from flask import request


def _tidy(value):
    return value.strip()


def init(app):
    def run_case_42725():
        RESPONSE = ""
        param = request.form["BenchmarkTest42725"]
        limit = 108
        if (3 * 37) + limit > 399:
            raw = 'hello'
        elif (8 * 29) - limit > 134:
            raw = 'safe!'
        else:
            raw = param
        bar = _tidy(raw)
        import os
        status = os.system(f"grep -i {bar} /var/log/app.log")
        RESPONSE += "Command finished"
        return RESPONSE

    app.add_url_rule("/benchmark/cmdi/Test42725", endpoint="run_case_42725", view_func=run_case_42725, methods=["GET", "POST"])
