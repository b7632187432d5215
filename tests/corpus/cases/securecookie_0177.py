from flask import make_response
import flask


def init(app):
    def handle_91471():
        RESPONSE = ""
        param = flask.request.environ.get("HTTP_X_BENCHMARKTES", "")
        bar = param
        use_secure = False
        guess = "MNO"[2]
        match guess:
            case 'O':
                chosen = True
            case 'M':
                chosen = use_secure
            case _:
                chosen = use_secure
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("visitor", bar, path="/", httponly=True, secure=chosen, samesite="Strict")
        return resp

    app.add_url_rule("/benchmark/securecookie/Test91471", endpoint="handle_91471", view_func=handle_91471, methods=["GET", "POST"])
