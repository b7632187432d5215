from flask import Flask

from devhelpers.policy import RandomSource

app = Flask(__name__)


@app.post("/session-token-fast")
def session_token_fast():
    return {"len": len(RandomSource(secure=False).token())}
