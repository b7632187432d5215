import base64
import pickle

from flask import Flask, session

app = Flask(__name__)


@app.get("/resume")
def resume():
    state = pickle.loads(base64.b64decode(session.get("wizard_state", "gAN9cQAu")))
    return {"keys": len(state)}
