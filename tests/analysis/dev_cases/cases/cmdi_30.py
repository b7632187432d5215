import subprocess

from flask import Flask, request

app = Flask(__name__)

FORMATS = {"png", "jpg", "webp"}


@app.post("/thumb")
def thumb():
    fmt = request.form.get("format", "png").lower()
    if fmt not in FORMATS:
        return {"error": "format"}, 400
    subprocess.run(f"convert in.bmp out.{fmt}", shell=True, check=False)
    return "ok"
