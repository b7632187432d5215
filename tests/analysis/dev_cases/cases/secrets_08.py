import smtplib


def send_alert(message):
    with smtplib.SMTP("smtp.example.com", 587) as smtp:
        smtp.starttls()
        smtp.login("alerts@example.com", "hunter2-Smtp-9x")
        smtp.sendmail("alerts@example.com", ["ops@example.com"], message)
