from flask import request


def init(app):
    @app.route("/bench/xxe/12824", methods=["GET", "POST"])
    def xxe_case_12824():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        items = [param, 'lorem', 'static_value']
        items.remove('static_value')
        item = items[-2]
        d = {}
        d['k1'] = item
        d['k2'] = 'moresafe'
        d['k3'] = 'none'
        bar = d['k1']
        import io
        import xml.sax
        import xml.sax.handler
        handler = xml.sax.ContentHandler()
        parser = xml.sax.make_parser()
        parser.setFeature(xml.sax.handler.feature_external_ges, True)
        parser.setContentHandler(handler)
        parser.parse(io.BytesIO(bar.encode("utf-8")))
        RESPONSE += "Parsed"
        return RESPONSE
