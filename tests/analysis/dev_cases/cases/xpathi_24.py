import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)

DOC = ET.fromstring("<users><user name='a' role='admin'/></users>")


@app.get("/roles")
def roles():
    role = request.args.get("role", "")
    return {"count": len(DOC.findall(".//user[@role='%s']" % role))}
