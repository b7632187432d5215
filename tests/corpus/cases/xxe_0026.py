import base64
import io
from django.http import HttpResponse
from django.urls import path
from lxml import etree


def convert_doc(request):
    body = request.body.decode("utf-8")
    enc = base64.urlsafe_b64encode(body.encode("utf-8"))
    cleaned = base64.urlsafe_b64decode(enc).decode("utf-8")
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    tree = etree.parse(io.BytesIO(cleaned.encode("utf-8")), parser)
    return HttpResponse("Parsed " + str(len(tree.getroot())) + " elements")


urlpatterns = [
    path("admin/convert-doc/", convert_doc),
]
