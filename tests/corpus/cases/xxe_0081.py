from flask import request


def init(app):

    @app.route('/benchmark/xxe-01/BenchmarkTest55424', methods=['GET'])
    def BenchmarkTest55424_get():
        return BenchmarkTest55424_post()

    @app.route('/benchmark/xxe-01/BenchmarkTest55424', methods=['POST'])
    def BenchmarkTest55424_post():
        RESPONSE = ""

        param = request.get_data(as_text=True)
        import xml.dom.pulldom
        import xml.sax
        import xml.sax.handler
        parser = xml.sax.make_parser()
        parser.setFeature(xml.sax.handler.feature_external_ges, True)
        events = xml.dom.pulldom.parseString(param, parser=parser)
        count = sum(1 for event, node in events if event == xml.dom.pulldom.START_ELEMENT)
        RESPONSE += "Parsed " + str(count) + " elements"
        return RESPONSE
