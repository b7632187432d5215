import io
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/session/import")
def import_session():
    stream = io.BytesIO(request.get_data())
    data = pickle.Unpickler(stream).load()
    return {"entries": len(data)}
