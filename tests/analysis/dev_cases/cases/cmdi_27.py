import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/lines")
def count_lines():
    if (name := request.args.get("file")) is None:
        return {"error": "missing"}, 400
    output = subprocess.getstatusoutput("wc -l /srv/logs/" + name)[1]
    return {"output_len": len(output)}
