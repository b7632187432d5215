import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/resize")
def resize():
    args = ["convert"]
    args.append(request.form.get("source", "in.png"))
    args.extend(["-resize", "50%", "/tmp/out.png"])
    subprocess.run(args, check=False)
    return "ok"
