import flask
import urllib.parse
from lxml import etree
import helpers.holder


def init(app):
    def handle_82545():
        RESPONSE = ""
        qs = urllib.parse.parse_qs(flask.request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest82545", [""])[0]
        bar = helpers.holder.Holder.wrap(param).value
        root = etree.parse("users.xml").getroot()
        finder = etree.XPath("//user[@name='" + bar + "']/email")
        nodes = finder(root)
        RESPONSE += "Matches: " + str(len(nodes))
        return RESPONSE

    app.add_url_rule("/benchmark/xpathi/Test82545", endpoint="handle_82545", view_func=handle_82545, methods=["GET", "POST"])
