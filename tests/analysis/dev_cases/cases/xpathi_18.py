from django.http import JsonResponse
from lxml import etree


class XmlStore:
    def __init__(self, path):
        self.tree = etree.parse(path)

    def query(self, expression):
        return self.tree.xpath(expression)


def store_lookup(request):
    store = XmlStore("/srv/data/store.xml")
    sku = request.GET.get("sku", "")
    return JsonResponse({"hits": len(store.query("//item[@sku='" + sku + "']"))})
