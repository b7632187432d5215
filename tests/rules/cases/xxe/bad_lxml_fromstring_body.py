from django.http import JsonResponse
from lxml import etree


def soap_endpoint(request):
    envelope = etree.fromstring(request.body)
    return JsonResponse({"action": envelope.tag})
