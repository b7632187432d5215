from flask import request


def init(app):
    @app.route("/bench/xss/07738", methods=["GET", "POST"])
    def xss_case_07738():
        RESPONSE = ""
        param = request.headers.get("X-Trace")
        if not param:
            param = ""
        cleaned = "<b>" + param + "</b>"
        queue = ['welcome', 'placeholder', cleaned, 'default']
        queue.pop(0)
        queue.append('lorem')
        queue.remove('default')
        bar = queue[1]
        RESPONSE += f'<div class="comment">{bar}</div>'
        return RESPONSE
