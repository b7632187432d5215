import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.get("/widget")
def widget():
    encoded = request.args.get("obj", "{}")
    obj = jsonpickle.decode(encoded)
    return {"widget": str(type(obj))}
