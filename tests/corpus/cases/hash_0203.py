from flask import Flask, request
import hashlib
import urllib.parse

app = Flask(__name__)


class Slot:
    def __init__(self, content):
        self.content = content

    def reset(self):
        self.content = 'sha384'


class FingerprintController:
    def handle(self, message):
        algorithm = 'sha1'
        slot = Slot(algorithm)
        slot.reset()
        chosen = slot.content
        digest = getattr(hashlib, chosen)(message.encode("utf-8")).hexdigest()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        return "Sensitive value hashed and stored"


@app.route("/internal/hash", methods=["GET", "POST"])
def fingerprint():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    message = qs.get("q", [""])[0]
    return FingerprintController().handle(message)
