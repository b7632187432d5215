import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)


@app.get("/xml/accounts")
def accounts():
    owner = request.args.get("owner", "")
    root = ET.parse("/srv/data/accounts.xml").getroot()
    matches = root.findall(f".//account[@owner='{owner}']")
    return {"count": len(matches)}
