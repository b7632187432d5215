from flask import request
from lxml import etree


def init(app):
    def run_case_70268():
        RESPONSE = ""
        param = request.json["BenchmarkTest70268"]
        import helpers.xml_data
        root = helpers.xml_data.users_root()
        finder = etree.XPath("//user[@name='" + param + "']/email")
        nodes = finder(root)
        RESPONSE += "Matches: " + str(len(nodes))
        return RESPONSE

    app.add_url_rule("/benchmark/xpathi/Test70268", endpoint="run_case_70268", view_func=run_case_70268, methods=["GET", "POST"])
