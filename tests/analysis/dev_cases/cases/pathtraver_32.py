from pathlib import Path

from flask import Flask, request

app = Flask(__name__)

ROOT = Path("/srv/thumbs")


@app.get("/thumb")
def thumb():
    name = Path(request.args.get("img", "x.png")).name
    return {"size": (ROOT / name).stat().st_size}
