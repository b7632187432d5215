from flask import Flask

from devhelpers.policy import RandomSource

app = Flask(__name__)


@app.post("/session-token")
def session_token():
    return {"len": len(RandomSource().token(128))}
