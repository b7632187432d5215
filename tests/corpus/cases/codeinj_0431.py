from flask import request
import helpers.thing


def init(app):
    @app.route("/bench/codeinj/75345", methods=["GET", "POST"])
    def codeinj_case_75345():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        k = 26
        piece = '2 * 21' if (8 * 11) + k < 69 else param
        bar = helpers.thing.Thing3().doSomething(piece)
        import html
        result = eval("2 * (" + bar + ")")
        RESPONSE += html.escape(str(result))
        return RESPONSE
