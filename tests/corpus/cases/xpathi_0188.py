from flask import Flask, request
import configparser
import re
from lxml import etree
import helpers.separate_request
import helpers.xml_data

app = Flask(__name__)


INPUT_FORMAT = re.compile(r"[A-Za-z0-9_]{1,32}")


@app.route("/internal/role-members")
def user_email():
    role = helpers.separate_request.request_wrapper(request).get_query_parameter("value")
    if not role:
        role = ""
    lead, arg = ('static_value', role)
    if INPUT_FORMAT.fullmatch(arg) is None:
        return "invalid request", 400
    piece = arg
    conf = configparser.ConfigParser()
    conf.add_section("section1")
    conf.set("section1", "param", piece)
    entry = conf.get("section1", "param")
    root = helpers.xml_data.users_root()
    finder = etree.XPath("//user[@name='" + entry + "']/email")
    nodes = finder(root)
    return "Matches: " + str(len(nodes))
