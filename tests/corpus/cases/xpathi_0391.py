from flask import request
from lxml import etree
import helpers.text


def init(app):
    @app.route("/bench/xpathi/67410", methods=["GET", "POST"])
    def xpathi_case_67410():
        RESPONSE = ""
        vals = request.values.getlist("BenchmarkTest67410")
        param = vals[0] if vals else ""
        bar = helpers.text.decorate(param)
        import helpers.utils
        root = etree.parse("users.xml").getroot()
        nodes = root.xpath(f"//user[@name='{bar}']/email/text()")
        RESPONSE += helpers.utils.escape_for_html(str(len(nodes)))
        return RESPONSE
