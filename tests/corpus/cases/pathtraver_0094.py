from flask import request
import os


def init(app):
    @app.route("/bench/pathtraver/26726", methods=["GET", "POST"])
    def pathtraver_case_26726():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest26726", "")
        values_list = ['moresafe', param, 'readme.md']
        values_list.insert(0, 'x')
        entry = values_list[2]
        lst = [entry, 'default']
        lst[0] = 'notes.txt'
        bar = lst[0]
        target = os.path.join("/var/www/uploads", bar)
        if os.path.exists(target):
            os.remove(target)
        RESPONSE += "Deleted"
        return RESPONSE
