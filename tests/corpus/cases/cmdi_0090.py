from flask import request
import subprocess
import helpers.thing


def init(app):

    @app.route('/benchmark/cmdi-00/BenchmarkTest91461', methods=['GET'])
    def BenchmarkTest91461_get():
        return BenchmarkTest91461_post()

    @app.route('/benchmark/cmdi-00/BenchmarkTest91461', methods=['POST'])
    def BenchmarkTest91461_post():
        RESPONSE = ""

        entries = request.form.getlist("BenchmarkTest91461")
        param = entries[0] if entries else ""
        impl = helpers.thing.Thing3()
        bar = impl.doSomething(param)
        proc = subprocess.run(f"host {bar}", shell=True, capture_output=True, text=True)
        status = proc.returncode
        RESPONSE += "Command finished"
        return RESPONSE
