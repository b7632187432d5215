from flask import Flask, jsonify, request, session
import os
import random
import string
from types import SimpleNamespace
import helpers.crypto_conf

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.route("/api/weakrand", methods=["GET", "POST"])
def new_session_id():
    tag_name = request.form["id"]
    generator = random.Random(os.getpid())
    ctx_obj = SimpleNamespace(value=generator, source="request")
    rng = ctx_obj.value
    selected = helpers.crypto_conf.GeneratorPolicy().choose(rng)
    token = "".join(selected.choices(string.ascii_letters + string.digits, k=20))
    session["reset_code"] = token
    return jsonify(sent=True)
