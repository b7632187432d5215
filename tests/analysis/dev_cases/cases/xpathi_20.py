from django.http import JsonResponse
from lxml import etree


class XmlStoreSafe:
    def __init__(self, path):
        self.tree = etree.parse(path)

    def by_sku(self, sku):
        return self.tree.xpath("//item[@sku=$sku]", sku=sku)


def store_lookup_safe(request):
    store = XmlStoreSafe("/srv/data/store.xml")
    return JsonResponse({"hits": len(store.by_sku(request.GET.get("sku", "")))})
