from flask import request
import helpers.utils
import helpers.xml_data


PRESETS = {'basic': 'guest', 'extended': 'bob', 'full': 'safe!'}


def init(app):
    @app.route("/bench/xpathi/70532", methods=["GET", "POST"])
    def xpathi_case_70532():
        RESPONSE = ""
        param = request.values.get("BenchmarkTest70532")
        num = 116
        item = param if (7 * 44) - num < 299 else 'bob'
        bar = PRESETS.get(item, 'guest')
        root = helpers.xml_data.users_root()
        nodes = root.xpath(f"//user[@name='{bar}']/email/text()")
        RESPONSE += helpers.utils.escape_for_html(str(len(nodes)))
        return RESPONSE
