from flask import Flask, request

app = Flask(__name__)


@app.get("/item")
def item():
    raw = request.args.get("id", "")
    try:
        number = int(raw)
    except ValueError:
        return f"<p>Invalid id: {raw}</p>", 400
    return f"<p>Item {number}</p>"
