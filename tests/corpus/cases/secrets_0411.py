from flask import request
import smtplib
import urllib.parse


def init(app):
    def run_case_51532():
        RESPONSE = ""
        qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest51532", [""])[0]
        with smtplib.SMTP("smtp.example.com", 587) as smtp:
            smtp.starttls()
            smtp.login("alerts@example.com", "KC#9=-6SDX2_wW4iisrmm")
            smtp.sendmail("alerts@example.com", ["ops@example.com"], "Subject: Digest\n\n" + str(len(param)) + " new items")
        RESPONSE += "Digest sent"
        return RESPONSE

    app.add_url_rule("/benchmark/secrets/Test51532", endpoint="run_case_51532", view_func=run_case_51532, methods=["GET", "POST"])
