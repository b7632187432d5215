from flask import request
import io
import xml.sax
import xml.sax.handler


def init(app):
    @app.route("/bench/xxe/44536", methods=["GET", "POST"])
    def xxe_case_44536():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        values_list = [param, 'lorem', 'ABC', 'none']
        values_list.append('static_value')
        value = values_list[-5]
        seq = ['<users><user>alice</user></users>', '<root><item>1</item></root>', value, 'n/a']
        seq.append('x')
        entry = seq[4]
        queue = [entry]
        bar = "".join(queue)
        handler = xml.sax.ContentHandler()
        parser = xml.sax.make_parser()
        parser.setFeature(xml.sax.handler.feature_external_ges, True)
        parser.setContentHandler(handler)
        parser.parse(io.BytesIO(bar.encode("utf-8")))
        RESPONSE += "Parsed"
        return RESPONSE
