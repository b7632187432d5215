from flask import request
import html


class Envelope:
    def __init__(self, content):
        self.content = content


def init(app):
    @app.route("/bench/codeinj/46839", methods=["GET", "POST"])
    def codeinj_case_46839():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        arg = param[:512]
        bar = Envelope(arg).content
        result = eval("2 * (" + bar + ")")
        RESPONSE += html.escape(str(result))
        return RESPONSE
