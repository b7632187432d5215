from flask import Flask, request

from devhelpers.shellutil import run_argv

app = Flask(__name__)


@app.get("/host-lookup")
def host_lookup():
    result = run_argv("host", request.args.get("name", "example.com"))
    return {"rc": result.returncode}
