from flask import request
import helpers.xml_data


def init(app):
    @app.route("/bench/xpathi/62350", methods=["GET", "POST"])
    def xpathi_case_62350():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest62350")
        if not param:
            param = ""
        input_value = "%s" % (param,)
        bar = input_value.strip(" \n")
        root = helpers.xml_data.users_root()
        nodes = root.xpath("//user[@role='%s']/@name" % bar)
        RESPONSE += "Matches: " + str(len(nodes))
        return RESPONSE
