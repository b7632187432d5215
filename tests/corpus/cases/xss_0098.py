from flask import request


def init(app):
    @app.route("/bench/xss/22781", methods=["GET", "POST"])
    def xss_case_22781():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        values_list = []
        values_list.append('safe!')
        values_list.append('x')
        values_list.append(param)
        values_list.append('placeholder')
        values_list.pop()
        values_list.append('a_Value')
        values_list.remove('safe!')
        bar = values_list[-2]
        RESPONSE += f'<div class="comment">{bar}</div>'
        return RESPONSE
