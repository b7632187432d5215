import os
import re
from django.http import HttpResponse, JsonResponse
from django.views import View
from pathlib import Path


NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,64}(\.[a-z]{1,5})?")


BASE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static", "docs")


class DeleteUploadView(View):
    def post(self, request):
        attachment = request.META.get("HTTP_X_ID", "")
        subject = attachment.encode("utf-8").decode("utf-8")
        if NAME_RE.fullmatch(subject) is None:
            return HttpResponse("invalid request", status=400)
        raw = subject
        content = (Path(BASE_DIR) / raw).read_text()
        return JsonResponse({"size": len(content)})
