import flask
import os
import shutil
import urllib.parse
import helpers.files


def init(app):
    def run_case_51770():
        RESPONSE = ""
        qs = urllib.parse.parse_qs(flask.request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest51770", [""])[0]
        registry_map = dict(zip(['k1', 'k2', 'k3'], ['readme.md', 'default', param]))
        bar = registry_map['k3']
        shutil.copyfile(os.path.join(helpers.files.storage_root(), bar), "/tmp/export.bin")
        RESPONSE += "Exported"
        return RESPONSE

    app.add_url_rule("/benchmark/pathtraver/Test51770", endpoint="run_case_51770", view_func=run_case_51770, methods=["GET", "POST"])
