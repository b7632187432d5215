from flask import make_response, request


def init(app):
    @app.route("/bench/redirect/57438", methods=["GET", "POST"])
    def redirect_case_57438():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        queue = ['/home', param, 'ABC', 'placeholder']
        queue.insert(0, 'n/a')
        chunk = queue[2]
        params = {'section': {'a': 'default', 'b': chunk, 'c': 'static_value'}}
        bar = params['section']['b']
        resp = make_response("", 302)
        resp.headers["Location"] = bar
        return resp
