from flask import request
import subprocess
import helpers.utils


FEATURE_PASSTHROUGH = False


def init(app):
    def handle_68920():
        RESPONSE = ""
        param = request.form["BenchmarkTest68920"]
        item = 'safe!'
        if FEATURE_PASSTHROUGH:
            item = param
        map = {}
        bar = map.setdefault('choice', item)
        out = subprocess.getoutput("wc -l /var/data/" + bar)
        status = len(out)
        RESPONSE += helpers.utils.escape_for_html(str(status))
        return RESPONSE

    app.add_url_rule("/benchmark/cmdi/Test68920", endpoint="handle_68920", view_func=handle_68920, methods=["GET", "POST"])
