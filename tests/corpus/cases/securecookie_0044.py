from flask import make_response, request


class Cell:
    def __init__(self, content):
        self.content = content

    def reset(self):
        self.content = True


def init(app):
    def run_case_80369():
        RESPONSE = ""
        param = request.form["BenchmarkTest80369"]
        https_only = False
        box = Cell(https_only)
        box.reset()
        use_secure = box.content
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("locale", param, path="/", httponly=True, secure=use_secure, samesite="Strict")
        return resp

    app.add_url_rule("/benchmark/securecookie/Test80369", endpoint="run_case_80369", view_func=run_case_80369, methods=["GET", "POST"])
