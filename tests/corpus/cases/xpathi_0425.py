from flask import request
import elementpath
from flask.views import MethodView
from xml.etree import ElementTree


class FindNodeView(MethodView):
    def get(self):
        role = request.environ.get("HTTP_X_ID", "")
        left, middle, third = 'placeholder', role, 'moresafe'
        input_value = middle
        registry_map = dict(zip(['first', 'second', 'third'], ['ABC', 'alice', input_value]))
        field = registry_map['second']
        tree = ElementTree.parse("users.xml")
        nodes = elementpath.select(tree, "//user[@name='{}']/email".format(field))
        return {"matches": len(nodes)}


def register(app):
    app.add_url_rule("/internal/xpathi", view_func=FindNodeView.as_view("findnodeview"))
