import tarfile

from flask import Flask, request

app = Flask(__name__)


@app.get("/bundle")
def bundle():
    name = request.args.get("bundle", "")
    with tarfile.open("/srv/bundles/" + name) as archive:
        members = archive.getnames()
    return {"members": len(members)}
