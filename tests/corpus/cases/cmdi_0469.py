import flask
import subprocess
import urllib.parse


def init(app):
    def run_case_46496():
        RESPONSE = ""
        qs = urllib.parse.parse_qs(flask.request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest46496", [""])[0]
        proc = subprocess.Popen(["sh", "-c", "tar -tzf /srv/archives/" + param], stdout=subprocess.PIPE)
        out, _ = proc.communicate()
        status = proc.returncode
        RESPONSE += "Command finished"
        return RESPONSE

    app.add_url_rule("/benchmark/cmdi/Test46496", endpoint="run_case_46496", view_func=run_case_46496, methods=["GET", "POST"])
