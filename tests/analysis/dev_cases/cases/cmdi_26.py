import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/convert")
def convert():
    match request.form.get("mode", "fast"):
        case "fast":
            options = "-q 50"
        case custom:
            options = custom
    subprocess.check_call(f"cwebp {options} in.png -o out.webp", shell=True)
    return "ok"
