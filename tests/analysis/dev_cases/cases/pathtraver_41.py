import tarfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/themes/install-safe")
def install_theme_safe():
    with tarfile.open(fileobj=request.files["theme"].stream, mode="r:gz") as archive:
        archive.extractall("/srv/themes", filter="data")
    return "installed"
