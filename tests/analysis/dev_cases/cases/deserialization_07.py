import dill
from flask import Flask, request

app = Flask(__name__)


@app.post("/model/restore")
def restore_model():
    model = dill.loads(request.data)
    return {"restored": model is not None}
