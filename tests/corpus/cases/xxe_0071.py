from flask import request
import helpers.separate_request


class Envelope:
    def __init__(self, content):
        self.content = content


def init(app):
    @app.route("/bench/xxe/25394", methods=["GET", "POST"])
    def xxe_case_25394():
        RESPONSE = ""
        wrapper = helpers.separate_request.request_wrapper(request)
        param = wrapper.get_form_parameter("BenchmarkTest25394")
        piece = Envelope(param).content
        num = 93
        if (4 * 25) - num > 86:
            bar = '<root><item>1</item></root>'
        else:
            bar = piece
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
