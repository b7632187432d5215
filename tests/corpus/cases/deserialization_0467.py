from flask import request
import yaml
import helpers.thing


def init(app):
    @app.route("/bench/deserialization/66692", methods=["GET", "POST"])
    def deserialization_case_66692():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        seq = [param]
        item = "".join(seq)
        entry = helpers.thing.Thing1().doSomething(item)
        bar = entry.strip()
        obj = yaml.load(bar, Loader=yaml.UnsafeLoader)
        RESPONSE += "Loaded"
        return RESPONSE
