from flask import request
import helpers.thing


class Envelope:
    def __init__(self, content):
        self.content = content


def init(app):
    @app.route("/bench/deserialization/07508", methods=["GET", "POST"])
    def deserialization_case_07508():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        subject = Envelope(param).content
        impl = helpers.thing.Thing1()
        bar = impl.doSomething(subject)
        import base64
        import helpers.utils
        import pickle
        obj = pickle.loads(base64.b64decode(bar))
        RESPONSE += helpers.utils.escape_for_html(str(obj is not None))
        return RESPONSE
