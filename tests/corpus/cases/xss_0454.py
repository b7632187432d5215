from flask import request
import helpers.holder


class Envelope:
    def __init__(self, content):
        self.content = content


def init(app):
    @app.route("/bench/xss/07877", methods=["GET", "POST"])
    def xss_case_07877():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest07877")
        if param is None:
            param = ""
        chunk = Envelope(param).content
        arg = helpers.holder.Holder(chunk).get()
        d = {'a': arg, 'b': 'none', 'c': 'placeholder'}
        bar = d.get('a')
        RESPONSE += f'<div class="comment">{bar}</div>'
        return RESPONSE
