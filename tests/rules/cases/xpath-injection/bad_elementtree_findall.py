import xml.etree.ElementTree as ET

from django.http import JsonResponse

CATALOG = ET.parse("/srv/app/catalog.xml").getroot()


def product(request):
    sku = request.GET["sku"]
    hits = CATALOG.findall(f".//product[@sku='{sku}']")
    return JsonResponse({"count": len(hits)})
