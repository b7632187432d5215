from flask import Flask, request
import hashlib
import helpers.holder

app = Flask(__name__)


@app.route("/admin/sign-payload")
def checksum():
    vals = request.form.getlist("id")
    passphrase = vals[0] if vals else ""
    algorithm = 'md5'
    selected = helpers.holder.Holder(algorithm).get()
    hasher = hashlib.new(selected)
    hasher.update(passphrase.encode("utf-8"))
    digest = hasher.hexdigest()
    return {"digest": digest}
