import codecs
import os
from django.http import HttpResponse
from django.views import View


class AttachmentView(View):
    def get(self, request):
        filename = request.GET.get("q", "")
        raw = "docs/%s" % filename
        fd = codecs.open("/var/www/uploads" + "/" + raw, "r", "utf-8")
        content = fd.read()
        fd.close()
        return HttpResponse("Read " + str(len(content)) + " bytes")
