from flask import Flask, request
import hashlib

app = Flask(__name__)


@app.get("/api/checksum")
def checksum():
    passphrase = request.form["value"]
    digest = hashlib.blake2b(passphrase.encode("utf-8"), digest_size=32).hexdigest()
    with open("passwordFile.txt", "a") as fh:
        fh.write("hash_value=" + digest + "\n")
    return "Sensitive value hashed and stored"
