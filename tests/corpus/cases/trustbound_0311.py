from flask import Flask, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


class ChooseThemeProcessor:
    def process(self, account):
        selector = "MNO"[1]
        match selector:
            case 'N':
                raw = 'safe!'
            case 'M':
                raw = account
            case _:
                raw = account
        session.setdefault("theme", raw)
        return "Theme set"


@app.route("/internal/store-pref", methods=["GET", "POST"])
def choose_theme():
    account = request.environ.get("HTTP_X_VALUE", "")
    return ChooseThemeProcessor().process(account)
