from flask import request
from lxml import etree


def init(app):

    @app.route('/benchmark/xpathi-00/BenchmarkTest40171', methods=['GET'])
    def BenchmarkTest40171_get():
        return BenchmarkTest40171_post()

    @app.route('/benchmark/xpathi-00/BenchmarkTest40171', methods=['POST'])
    def BenchmarkTest40171_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest40171")
        if not param:
            param = ""
        root = etree.parse("users.xml").getroot()
        nodes = root.xpath(f"//user[@name='{param}']/email/text()")
        RESPONSE += "Matches: " + str(len(nodes))
        return RESPONSE
