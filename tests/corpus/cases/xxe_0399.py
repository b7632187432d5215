import xml.dom.pulldom
import xml.sax
import xml.sax.handler
from django.http import HttpResponse
from django.urls import path


def upload_invoice(request):
    feed = request.COOKIES.get("name", "")
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    events = xml.dom.pulldom.parseString(feed, parser=parser)
    count = sum(1 for event, node in events if event == xml.dom.pulldom.START_ELEMENT)
    return HttpResponse("Parsed " + str(count) + " elements")


urlpatterns = [
    path("tools/upload-invoice/", upload_invoice),
]
