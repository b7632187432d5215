from flask import request
from lxml import etree
import helpers.utils


def init(app):
    @app.route("/bench/xpathi/77057", methods=["GET", "POST"])
    def xpathi_case_77057():
        RESPONSE = ""
        param = request.cookies.get("BenchmarkTest77057", "noCookieValueSupplied")
        bar = "{}".format(param)
        root = etree.parse("users.xml").getroot()
        nodes = root.xpath("//user[@role='%s']/@name" % bar)
        RESPONSE += helpers.utils.escape_for_html(str(len(nodes)))
        return RESPONSE
