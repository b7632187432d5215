from flask import Flask, request

app = Flask(__name__)

TEMPLATES = {"default": "result = 1 + 1"}


@app.post("/run-template")
def run_template():
    code = request.form.get("code", "")
    code = TEMPLATES["default"]
    scope = {}
    exec(code, scope)
    return {"result": scope["result"]}
