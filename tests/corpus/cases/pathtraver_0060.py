from flask import request


def init(app):

    @app.route('/benchmark/pathtraver-01/BenchmarkTest71831', methods=['GET'])
    def BenchmarkTest71831_get():
        return BenchmarkTest71831_post()

    @app.route('/benchmark/pathtraver-01/BenchmarkTest71831', methods=['POST'])
    def BenchmarkTest71831_post():
        RESPONSE = ""

        param = request.headers.get("X-Trace")
        if not param:
            param = ""
        d = {'primary': 'notes.txt', 'secondary': 'n/a', 'fallback': param}
        field = d['fallback']
        bucket = [field]
        bar = "".join(bucket)
        import io
        with io.open("/var/app/templates/" + bar, "rb") as fh:
            data = fh.read()
        RESPONSE += "Read " + str(len(data)) + " bytes"
        return RESPONSE
