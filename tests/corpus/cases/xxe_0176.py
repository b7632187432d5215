from flask import request


def init(app):
    def BenchmarkTest47315():
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

    app.add_url_rule("/benchmark/xxe/Test47315", endpoint="BenchmarkTest47315", view_func=BenchmarkTest47315, methods=["GET", "POST"])
