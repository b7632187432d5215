from flask import request
import helpers.text
import helpers.xml_data


def init(app):
    @app.route("/bench/xpathi/91540", methods=["GET", "POST"])
    def xpathi_case_91540():
        RESPONSE = ""
        param = request.headers.get("X-Forwarded-User")
        bar = helpers.text.word_chars(param)
        root = helpers.xml_data.users_root()
        nodes = root.xpath("//user[@role='%s']/@name" % bar)
        RESPONSE += "Matches: " + str(len(nodes))
        return RESPONSE
