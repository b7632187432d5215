import xml.dom.minidom
import xml.sax

from django.http import JsonResponse


def upload_xml(request):
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, 1)
    document = xml.dom.minidom.parseString(request.body, parser)
    return JsonResponse({"root": document.documentElement.tagName})
