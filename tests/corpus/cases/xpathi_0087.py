from flask import request


def init(app):
    @app.route("/bench/xpathi/41164", methods=["GET", "POST"])
    def xpathi_case_41164():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest41164", "")
        import helpers.xml_data
        root = helpers.xml_data.users_root()
        nodes = root.xpath("//user[@name=$name]/email/text()", name=param)
        RESPONSE += "Matches: " + str(len(nodes))
        return RESPONSE
