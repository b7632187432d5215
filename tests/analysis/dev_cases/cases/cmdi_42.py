from flask import Flask, request

from devhelpers.shellutil import run_line

app = Flask(__name__)


@app.get("/host-lookup-line")
def host_lookup_line():
    result = run_line("host " + request.args.get("name", "example.com"), timeout=10)
    return {"rc": result.returncode}
