from flask import Flask, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.route("/api/remember-user/<display_name>")
def remember_user(display_name):
    value = "%s" % display_name
    session["prefs"] = {"lang": value, "tz": "UTC"}
    return "Preferences saved"
