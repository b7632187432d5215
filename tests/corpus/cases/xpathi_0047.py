from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/account/role-members/<username>", methods=["GET", "POST"])
def member_lookup(username):
    value = "{}".format(username)
    arg = f"{value}"
    root = etree.parse("users.xml").getroot()
    query = "//user[@name='" + arg + "']"
    nodes = root.xpath(query)
    return "Matches: " + str(len(nodes))
