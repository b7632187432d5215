from flask import request
import helpers.utils
import helpers.xml_data


def init(app):

    @app.route('/benchmark/xpathi-01/BenchmarkTest29676', methods=['GET'])
    def BenchmarkTest29676_get():
        return BenchmarkTest29676_post()

    @app.route('/benchmark/xpathi-01/BenchmarkTest29676', methods=['POST'])
    def BenchmarkTest29676_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        registry_map = {'a': 'another_Value', 'b': param, 'c': 'alice'}
        subject = registry_map['b']
        bar = "" + subject + ""
        root = helpers.xml_data.users_root()
        nodes = root.xpath(f"//user[@name='{bar}']/email/text()")
        RESPONSE += helpers.utils.escape_for_html(str(len(nodes)))
        return RESPONSE
