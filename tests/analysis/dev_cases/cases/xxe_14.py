from defusedxml.minidom import parseString
from django.http import JsonResponse


def upload_xml_safe(request):
    document = parseString(request.body)
    return JsonResponse({"root": document.documentElement.tagName})
