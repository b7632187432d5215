from flask import request
import smtplib
import helpers.settings


def init(app):
    @app.route("/bench/secrets/16552", methods=["GET", "POST"])
    def secrets_case_16552():
        RESPONSE = ""
        body = request.get_json(silent=True) or {}
        param = str(body.get("BenchmarkTest16552", ""))
        with smtplib.SMTP("smtp.example.com", 587) as smtp:
            smtp.starttls()
            smtp.login("alerts@example.com", helpers.settings.get_secret("SMTP_PASSWORD"))
            smtp.sendmail("alerts@example.com", ["ops@example.com"], "Subject: Digest\n\n" + str(len(param)) + " new items")
        RESPONSE += "Digest sent"
        return RESPONSE
