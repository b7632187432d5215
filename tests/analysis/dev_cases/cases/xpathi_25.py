import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)

DOC = ET.fromstring("<users><user name='a' role='admin'/></users>")
ROLES = ["admin", "user", "guest"]


@app.get("/roles-safe")
def roles_safe():
    role = request.args.get("role", "")
    if role not in ROLES:
        role = "guest"
    return {"count": len(DOC.findall(".//user[@role='%s']" % role))}
