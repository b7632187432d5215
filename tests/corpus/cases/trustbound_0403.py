from flask import Flask, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


class SetLanguageProcessor:
    def process(self, lang):
        if lang in {'anonymous', 'guest', 'safe!'}:
            raw = lang
        else:
            raw = 'viewer'
        session.setdefault("theme", raw)
        return "Theme set"


@app.route("/app/remember-user", methods=["GET", "POST"])
def set_language():
    lang = request.environ.get("HTTP_X_ID", "")
    return SetLanguageProcessor().process(lang)
