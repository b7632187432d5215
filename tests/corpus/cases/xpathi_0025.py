from flask import request
import base64
from lxml import etree
import helpers.utils


def init(app):

    @app.route('/benchmark/xpathi-01/BenchmarkTest16950', methods=['GET'])
    def BenchmarkTest16950_get():
        return BenchmarkTest16950_post()

    @app.route('/benchmark/xpathi-01/BenchmarkTest16950', methods=['POST'])
    def BenchmarkTest16950_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest16950", "")
        encoded = base64.urlsafe_b64encode(param.encode("utf-8"))
        input_value = base64.urlsafe_b64decode(encoded).decode("utf-8")
        bar = ("#" + input_value)[1:]
        root = etree.parse("users.xml").getroot()
        nodes = root.xpath(f"//user[@name='{bar}']/email/text()")
        RESPONSE += helpers.utils.escape_for_html(str(len(nodes)))
        return RESPONSE
