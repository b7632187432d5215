import getpass

import smtplib


def send_alert(message):
    with smtplib.SMTP("smtp.example.com", 587) as smtp:
        smtp.starttls()
        smtp.login("alerts@example.com", getpass.getpass("SMTP password: "))
        smtp.sendmail("alerts@example.com", ["ops@example.com"], message)
