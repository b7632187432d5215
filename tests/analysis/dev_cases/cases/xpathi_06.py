import xml.etree.ElementTree as ET

from django.http import JsonResponse


def employee(request):
    dept = request.GET.get("dept", "")
    tree = ET.parse("/srv/data/staff.xml")
    node = tree.find(".//employee[@dept='" + dept + "']")
    return JsonResponse({"found": node is not None})
