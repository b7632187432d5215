from flask import request
import os
import helpers.files
import helpers.thing


def init(app):

    @app.route('/benchmark/pathtraver-02/BenchmarkTest82973', methods=['GET'])
    def BenchmarkTest82973_get():
        return BenchmarkTest82973_post()

    @app.route('/benchmark/pathtraver-02/BenchmarkTest82973', methods=['POST'])
    def BenchmarkTest82973_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        seq = [param, 'notes.txt', 'moresafe']
        seq.pop()
        seq.insert(0, 'x')
        arg = seq[-2]
        bar = helpers.thing.Thing1().doSomething(arg)
        target = os.path.join(helpers.files.storage_root(), bar)
        if os.path.exists(target):
            os.remove(target)
        RESPONSE += "Deleted"
        return RESPONSE
