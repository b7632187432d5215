from flask import request


def init(app):
    @app.route("/bench/xxe/85001", methods=["GET", "POST"])
    def xxe_case_85001():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        num = 17
        bar = '<config/>' if (6 * 38) - num > 294 else param
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
