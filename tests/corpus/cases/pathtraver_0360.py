from flask import request, send_file


def init(app):

    @app.route('/benchmark/pathtraver-00/BenchmarkTest06096', methods=['GET'])
    def BenchmarkTest06096_get():
        return BenchmarkTest06096_post()

    @app.route('/benchmark/pathtraver-00/BenchmarkTest06096', methods=['POST'])
    def BenchmarkTest06096_post():
        RESPONSE = ""

        param = request.values.get("BenchmarkTest06096")
        lst = []
        lst.append('index.html')
        lst.append(param)
        lst.append('report.txt')
        lst.pop(0)
        input_value = lst[0]
        if not input_value.isalnum():
            RESPONSE += "Invalid input"
            return RESPONSE
        bar = input_value
        return send_file(f"/srv/app/reports/{bar}")
