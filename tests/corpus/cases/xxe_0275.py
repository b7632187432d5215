from flask import request
import helpers.separate_request


def init(app):
    @app.route("/bench/xxe/23765", methods=["GET", "POST"])
    def xxe_case_23765():
        RESPONSE = ""
        req_wrapper = helpers.separate_request.request_wrapper(request)
        param = req_wrapper.get_form_parameter("BenchmarkTest23765")
        if not param:
            param = ""
        threshold = 79
        if (9 * 14) - threshold < 246:
            field = param
        else:
            field = '<config/>'
        bar = field.strip(" \n")
        import io
        import xml.sax
        handler = xml.sax.ContentHandler()
        parser = xml.sax.make_parser()
        parser.setContentHandler(handler)
        parser.parse(io.BytesIO(bar.encode("utf-8")))
        RESPONSE += "Parsed"
        return RESPONSE
