import tarfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/themes/install")
def install_theme():
    with tarfile.open(fileobj=request.files["theme"].stream, mode="r:gz") as archive:
        archive.extractall("/srv/themes")
    return "installed"
