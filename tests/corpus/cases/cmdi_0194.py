from flask import request
import subprocess
from types import SimpleNamespace


def init(app):

    @app.route('/benchmark/cmdi-02/BenchmarkTest12533', methods=['GET'])
    def BenchmarkTest12533_get():
        return BenchmarkTest12533_post()

    @app.route('/benchmark/cmdi-02/BenchmarkTest12533', methods=['POST'])
    def BenchmarkTest12533_post():
        RESPONSE = ""

        param = request.get_data(as_text=True)
        ctx_obj = SimpleNamespace(value=param)
        ctx_obj.value = 'safe!'
        bar = ctx_obj.value
        status = subprocess.call(f"file '/srv/uploads/{bar}'", shell=True)
        RESPONSE += "Command finished"
        return RESPONSE
