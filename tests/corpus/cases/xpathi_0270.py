from flask import request
import elementpath
from xml.etree import ElementTree


def init(app):

    @app.route('/benchmark/xpathi-02/BenchmarkTest77139', methods=['GET'])
    def BenchmarkTest77139_get():
        return BenchmarkTest77139_post()

    @app.route('/benchmark/xpathi-02/BenchmarkTest77139', methods=['POST'])
    def BenchmarkTest77139_post():
        RESPONSE = ""

        param = request.environ.get("HTTP_X_BENCHMARKTES", "")
        tree = ElementTree.parse("users.xml")
        nodes = elementpath.select(tree, "//user[@name='{}']/email".format(param))
        RESPONSE += "Matches: " + str(len(nodes))
        return RESPONSE
