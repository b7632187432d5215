import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/repo-info")
def repo_info():
    name = request.args.get("repo", "")
    url = "https://api.github.com/repos/{}/{}".format("example-org", name)
    return {"status": requests.get(url, timeout=5).status_code}
