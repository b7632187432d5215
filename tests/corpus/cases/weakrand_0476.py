from flask import Flask, jsonify, request
import base64
import helpers.crypto_conf

app = Flask(__name__)


@app.post("/account/issue-token")
def issue_token():
    user = request.form.get("weak")
    if not user:
        user = ""
    field = base64.b64decode(base64.b64encode(user.encode("utf-8"))).decode("utf-8")
    gen = helpers.crypto_conf.token_generator()
    token = "%032x" % gen.getrandbits(128)
    return jsonify(token=token)
