from flask import Flask, request
import base64
import re
import helpers.xml_data

app = Flask(__name__)


@app.route("/tools/find-node/<login>", methods=["GET", "POST"])
def find_node(login):
    enc = base64.urlsafe_b64encode(login.encode("utf-8"))
    cleaned = base64.urlsafe_b64decode(enc).decode("utf-8")
    if not re.fullmatch(r"[A-Za-z0-9_]{1,32}", cleaned):
        return "invalid request", 400
    entry = cleaned
    root = helpers.xml_data.users_root()
    query = "//user[@name='" + entry + "']"
    nodes = root.xpath(query)
    return "Matches: " + str(len(nodes))
