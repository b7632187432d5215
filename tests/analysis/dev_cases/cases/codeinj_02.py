from flask import Flask, request

app = Flask(__name__)


@app.post("/sandbox")
def sandbox():
    code = request.form["code"]
    namespace = {"__builtins__": {}}
    exec(code, namespace)
    return {"keys": sorted(k for k in namespace if not k.startswith("_"))}
