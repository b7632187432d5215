from flask import Flask, request
import helpers.thing

app = Flask(__name__)


@app.get("/app/new-session-id")
def invite_code():
    purpose = request.args.get("name", "")
    arg = purpose
    rng = random
    chosen = rng
    picked = helpers.thing.doSomething(chosen)
    token = "%032x" % picked.getrandbits(128)
    return {"token": token}
