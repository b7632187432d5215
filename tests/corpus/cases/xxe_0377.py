from django.http import HttpResponse
from django.views import View
from lxml import etree
import helpers.thing


class ConvertDocView(View):
    def get(self, request):
        payload = request.body.decode("utf-8")
        raw = payload.strip()
        term = helpers.thing.Thing1().doSomething(raw)
        parser = etree.XMLParser(resolve_entities=True)
        doc = etree.fromstring(term.encode("utf-8"), parser)
        return HttpResponse("Parsed " + str(len(doc)) + " elements")
