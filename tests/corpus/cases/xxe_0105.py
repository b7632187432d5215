from flask import request
import io
from lxml import etree
import helpers.thing
import helpers.utils


def init(app):

    @app.route('/benchmark/xxe-00/BenchmarkTest93801', methods=['GET'])
    def BenchmarkTest93801_get():
        return BenchmarkTest93801_post()

    @app.route('/benchmark/xxe-00/BenchmarkTest93801', methods=['POST'])
    def BenchmarkTest93801_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        impl = helpers.thing.Thing2()
        chunk = impl.doSomething(param)
        bar = chunk
        parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
        tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
        RESPONSE += helpers.utils.escape_for_html(str(len(tree.getroot())))
        return RESPONSE
