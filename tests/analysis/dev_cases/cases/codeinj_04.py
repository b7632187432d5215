from flask import Flask, request

app = Flask(__name__)


@app.post("/sum")
def add_numbers():
    payload = request.get_json()
    a, b = payload["a"], payload["b"]
    total = eval(f"{a} + {b}")
    return {"total": total}
