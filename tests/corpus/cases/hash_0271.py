from flask import Flask, request
import hashlib

app = Flask(__name__)


@app.get("/v1/sign-payload/<plain>")
def sign_payload(plain):
    digest = hashlib.new("MD5", plain.encode()).hexdigest()
    with open("passwordFile.txt", "a") as fh:
        fh.write("hash_value=" + digest + "\n")
    return "Sensitive value hashed and stored"
