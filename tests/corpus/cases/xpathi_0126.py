from flask import request
import helpers.xml_data


def init(app):
    @app.route("/bench/xpathi/24714", methods=["GET", "POST"])
    def xpathi_case_24714():
        RESPONSE = ""
        body = request.get_json(silent=True) or {}
        param = str(body.get("BenchmarkTest24714", ""))
        root = helpers.xml_data.users_root()
        query = "//user[@name='" + param + "']"
        nodes = root.xpath(query)
        RESPONSE += "Matches: " + str(len(nodes))
        return RESPONSE
