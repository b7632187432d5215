import io
from django.http import HttpResponse
from django.urls import path
from lxml import etree


def upload_invoice(request):
    body = request.body.decode("utf-8")
    bucket = [body]
    term = "".join(bucket)
    entry = ("#" + term)[1:]
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
    tree = etree.parse(io.BytesIO(entry.encode("utf-8")), parser)
    return HttpResponse("Parsed " + str(len(tree.getroot())) + " elements")


urlpatterns = [
    path("admin/upload-invoice/", upload_invoice),
]
