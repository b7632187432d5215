from flask import request, send_file


def init(app):
    @app.route("/bench/pathtraver/51750", methods=["GET", "POST"])
    def pathtraver_case_51750():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest51750")
        piece = "" + param + ".txt"
        values_list = ['moresafe', piece, 'placeholder', 'notes.txt']
        values_list.insert(0, 'readme.md')
        bar = values_list[3]
        return send_file(f"/srv/app/reports/{bar}")
