import shutil

from flask import Flask, request

app = Flask(__name__)


@app.post("/backup/restore")
def restore_backup():
    body = request.get_json()
    source = body["source"]
    shutil.copyfile(source, "/srv/app/config.ini")
    return {"restored": True}
