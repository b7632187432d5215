import joblib
from flask import Flask, request

app = Flask(__name__)


@app.post("/model/upload")
def upload_model():
    model = joblib.load(request.files["model"])
    return {"type": type(model).__name__}
