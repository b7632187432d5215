from flask import request
import subprocess
import helpers.utils


def init(app):

    @app.route('/benchmark/cmdi-00/BenchmarkTest33188', methods=['GET'])
    def BenchmarkTest33188_get():
        return BenchmarkTest33188_post()

    @app.route('/benchmark/cmdi-00/BenchmarkTest33188', methods=['POST'])
    def BenchmarkTest33188_post():
        RESPONSE = ""

        param = request.environ.get("HTTP_X_BENCHMARKTES", "")
        mapping = {}
        piece = mapping.setdefault('mode', param)
        try:
            ident = int(piece)
        except ValueError:
            RESPONSE += "Invalid input"
            return RESPONSE
        bar = str(ident)
        proc = subprocess.Popen(["sh", "-c", "tar -tzf /srv/archives/" + bar], stdout=subprocess.PIPE)
        out, _ = proc.communicate()
        status = proc.returncode
        RESPONSE += helpers.utils.escape_for_html(str(status))
        return RESPONSE
