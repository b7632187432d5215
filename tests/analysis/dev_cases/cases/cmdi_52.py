import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.get("/say")
def say():
    message = shlex.quote(request.args.get("m", ""))
    os.system('echo "' + message + '" >> /tmp/messages.log')
    return "ok"
