from flask import request
import helpers.holder
import helpers.separate_request


def init(app):

    @app.route('/benchmark/cmdi-01/BenchmarkTest01679', methods=['GET'])
    def BenchmarkTest01679_get():
        return BenchmarkTest01679_post()

    @app.route('/benchmark/cmdi-01/BenchmarkTest01679', methods=['POST'])
    def BenchmarkTest01679_post():
        RESPONSE = ""

        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest01679")
        pick = "MNO"[2]
        match pick:
            case 'O':
                chunk = param
            case 'M':
                chunk = 'hello'
            case _:
                chunk = 'status'
        bar = helpers.holder.Holder.wrap(chunk).value
        import helpers.utils
        import subprocess
        args = ["/bin/bash", "-c", f"convert /srv/img/{bar} /tmp/thumb.png"]
        status = subprocess.run(args).returncode
        RESPONSE += helpers.utils.escape_for_html(str(status))
        return RESPONSE
