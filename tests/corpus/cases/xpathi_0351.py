from flask import Flask, request
import elementpath
from dataclasses import dataclass
from xml.etree import ElementTree

app = Flask(__name__)


@dataclass
class Query:
    text: str
    page: int = 1


class FindNodeProcessor:
    def run(self, member):
        subject = Query(text=member).text
        tree = ElementTree.parse("users.xml")
        nodes = elementpath.select(tree, "//user[@name='{}']/email".format(subject))
        return "Matches: " + str(len(nodes))


@app.route("/v1/xpathi", methods=["GET", "POST"])
def find_node():
    member = request.get_data(as_text=True)
    return FindNodeProcessor().run(member)
