from flask import request


def init(app):

    @app.route('/benchmark/xpathi-02/BenchmarkTest05964', methods=['GET'])
    def BenchmarkTest05964_get():
        return BenchmarkTest05964_post()

    @app.route('/benchmark/xpathi-02/BenchmarkTest05964', methods=['POST'])
    def BenchmarkTest05964_post():
        RESPONSE = ""

        arr = request.values.getlist("BenchmarkTest05964")
        param = arr[0] if arr else ""
        d = {}
        d['keyB-1234'] = param
        d['keyB-1234'] = 'bob'
        bar = d['keyB-1234']
        import helpers.utils
        import helpers.xml_data
        root = helpers.xml_data.users_root()
        query = "//user[@name='" + bar + "']"
        nodes = root.xpath(query)
        RESPONSE += helpers.utils.escape_for_html(str(len(nodes)))
        return RESPONSE
