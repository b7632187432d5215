from flask import request, send_file


def init(app):

    @app.route('/benchmark/pathtraver-00/BenchmarkTest81815', methods=['GET'])
    def BenchmarkTest81815_get():
        return BenchmarkTest81815_post()

    @app.route('/benchmark/pathtraver-00/BenchmarkTest81815', methods=['POST'])
    def BenchmarkTest81815_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest81815", "")
        seq = ['default', 'notes.txt', param]
        seq.pop(0)
        value = seq[-1]
        bar = "docs/" + value + ""
        return send_file(f"/srv/app/reports/{bar}")
