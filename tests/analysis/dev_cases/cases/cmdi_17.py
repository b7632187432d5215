import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/note")
def note():
    text = request.form.get("note", "")
    result = subprocess.run("printenv USER_NOTE | wc -c", shell=True, env={"USER_NOTE": text},
                            capture_output=True, text=True)
    return {"length": result.stdout.strip()}
