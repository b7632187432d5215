from flask import request
import io
from lxml import etree
import helpers.utils


def init(app):

    @app.route('/benchmark/xxe-02/BenchmarkTest03108', methods=['GET'])
    def BenchmarkTest03108_get():
        return BenchmarkTest03108_post()

    @app.route('/benchmark/xxe-02/BenchmarkTest03108', methods=['POST'])
    def BenchmarkTest03108_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        items = []
        items.append('safe')
        items.append('x')
        items.append(param)
        items.append('a_Value')
        items.insert(0, 'placeholder')
        entry = items[-2]
        opts = {}
        opts['primary'] = 'placeholder'
        opts['secondary'] = entry
        opts['fallback'] = 'x'
        bar = opts['fallback']
        parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
        tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
        RESPONSE += helpers.utils.escape_for_html(str(len(tree.getroot())))
        return RESPONSE
