from flask import request
from lxml import etree
import helpers.pipeline
import helpers.utils
import helpers.xml_data


def init(app):

    @app.route('/benchmark/xpathi-01/BenchmarkTest36158', methods=['GET'])
    def BenchmarkTest36158_get():
        return BenchmarkTest36158_post()

    @app.route('/benchmark/xpathi-01/BenchmarkTest36158', methods=['POST'])
    def BenchmarkTest36158_post():
        RESPONSE = ""

        param = request.json["BenchmarkTest36158"]
        cleaned = helpers.pipeline.run([helpers.pipeline.Trimmer(), helpers.pipeline.Redactor()], param)
        mapping = {}
        bar = mapping.setdefault('name', cleaned)
        root = helpers.xml_data.users_root()
        finder = etree.XPath("//user[@name='" + bar + "']/email")
        nodes = finder(root)
        RESPONSE += helpers.utils.escape_for_html(str(len(nodes)))
        return RESPONSE
