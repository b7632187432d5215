from flask import request
import io
import xml.sax


def init(app):

    @app.route('/benchmark/xxe-00/BenchmarkTest95143', methods=['GET'])
    def BenchmarkTest95143_get():
        return BenchmarkTest95143_post()

    @app.route('/benchmark/xxe-00/BenchmarkTest95143', methods=['POST'])
    def BenchmarkTest95143_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        handler = xml.sax.ContentHandler()
        parser = xml.sax.make_parser()
        parser.setContentHandler(handler)
        parser.parse(io.BytesIO(param.encode("utf-8")))
        RESPONSE += "Parsed"
        return RESPONSE
