from Crypto.Hash import MD5
from flask import Flask, request

app = Flask(__name__)


@app.post("/legacy/hash")
def legacy_hash():
    secret = request.form.get("secret", "").encode()
    digest = MD5.new(secret).hexdigest()
    return {"digest": digest}
