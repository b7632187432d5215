from flask import request, session
import helpers.thing


def init(app):
    @app.route("/bench/trustbound/02273", methods=["GET", "POST"])
    def trustbound_case_02273():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest02273", "")
        worker = helpers.thing.Thing3()
        subject = worker.doSomething(param)
        bar = "user:" + subject + ""
        session[bar] = "10340"
        RESPONSE += "Item stored in session"
        return RESPONSE
