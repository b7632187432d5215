from flask import request
import io
from lxml import etree
import helpers.utils


PRESET = '<root><item>1</item></root>'


def init(app):
    @app.route("/bench/xxe/06114", methods=["GET", "POST"])
    def xxe_case_06114():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        opts = {'first': 'a_Value', 'second': 'none', 'third': param}
        subject = opts['third']
        bar = subject
        bar = PRESET
        parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
        tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
        RESPONSE += helpers.utils.escape_for_html(str(len(tree.getroot())))
        return RESPONSE
