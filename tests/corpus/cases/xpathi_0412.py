from flask import request
from lxml import etree
import helpers.utils


def init(app):

    @app.route('/benchmark/xpathi-00/BenchmarkTest52647', methods=['GET'])
    def BenchmarkTest52647_get():
        return BenchmarkTest52647_post()

    @app.route('/benchmark/xpathi-00/BenchmarkTest52647', methods=['POST'])
    def BenchmarkTest52647_post():
        RESPONSE = ""

        payload_json = request.get_json(silent=True) or {}
        param = str(payload_json.get("BenchmarkTest52647", ""))
        bar = param.strip()
        root = etree.parse("users.xml").getroot()
        nodes = root.xpath("//user[@role='%s']/@name" % bar)
        RESPONSE += helpers.utils.escape_for_html(str(len(nodes)))
        return RESPONSE
