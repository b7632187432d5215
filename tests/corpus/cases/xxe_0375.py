from flask import request
from defusedxml import ElementTree as DefusedET
import helpers.utils


def init(app):

    @app.route('/benchmark/xxe-00/BenchmarkTest53710', methods=['GET'])
    def BenchmarkTest53710_get():
        return BenchmarkTest53710_post()

    @app.route('/benchmark/xxe-00/BenchmarkTest53710', methods=['POST'])
    def BenchmarkTest53710_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest53710")
        if not param:
            param = ""
        bar = param[:256]
        doc = DefusedET.fromstring(bar)
        RESPONSE += helpers.utils.escape_for_html(str(len(doc)))
        return RESPONSE
