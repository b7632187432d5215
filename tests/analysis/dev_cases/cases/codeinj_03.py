from flask import Flask, request

app = Flask(__name__)


@app.post("/rules/compile")
def compile_rule():
    source = request.get_data(as_text=True)
    code_object = compile(source, "<rule>", "exec")
    scope = {}
    exec(code_object, scope)
    return {"ok": True}
