from flask import Flask, request

app = Flask(__name__)

INIT_CODE = "counter = 0\nfor i in range(3):\n    counter += i\n"


@app.get("/init")
def init_state():
    label = request.args.get("label", "")
    scope = {"label": label}
    exec(INIT_CODE, scope)
    return {"counter": scope["counter"], "label_len": len(label)}
