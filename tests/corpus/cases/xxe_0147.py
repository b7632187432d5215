from django.http import HttpResponse
from django.views import View
from lxml import etree
from types import SimpleNamespace


class ConvertDocView(View):
    def post(self, request):
        feed = request.body.decode("utf-8")
        holder_ns = SimpleNamespace(value=feed, source="request")
        part = holder_ns.value
        for cleaned in (part, '<users><user>alice</user></users>'):
            pass
        doc = etree.XML(cleaned, etree.XMLParser(dtd_validation=False, resolve_entities=True))
        return HttpResponse("Parsed " + str(len(doc)) + " elements")
