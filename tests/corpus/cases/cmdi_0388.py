import flask
import subprocess
from types import SimpleNamespace


def init(app):
    def handle_50813():
        RESPONSE = ""
        param = flask.request.json["BenchmarkTest50813"]
        holder_ns = SimpleNamespace(value=param, source="request")
        value = holder_ns.value
        bar = value.replace("\t", " ")
        status = subprocess.call(f"file '/srv/uploads/{bar}'", shell=True)
        RESPONSE += "Command finished"
        return RESPONSE

    app.add_url_rule("/benchmark/cmdi/Test50813", endpoint="handle_50813", view_func=handle_50813, methods=["GET", "POST"])
