from flask import Flask, request, session

app = Flask(__name__)


def store(**values):
    for key, value in values.items():
        session[key] = value


@app.post("/wizard")
def wizard():
    store(step=request.form.get("step", "1"), name=request.form.get("name", ""))
    return "ok"
