from flask import Flask, request

app = Flask(__name__)


@app.get("/filter")
def filter_items():
    condition = request.args.get("where", "True")
    items = [1, 2, 3, 4]
    kept = [i for i in items if eval(condition, {"i": i})]
    return {"kept": kept}
