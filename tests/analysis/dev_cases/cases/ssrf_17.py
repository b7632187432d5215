from urllib.parse import urlparse

import requests
from django.http import HttpResponseBadRequest, JsonResponse

ALLOWED = ("partner.example.com", "api.partner.example.com")


def partner_fetch(request):
    target = request.GET.get("url", "")
    parsed = urlparse(target)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED:
        return HttpResponseBadRequest("blocked")
    resp = requests.get(target, timeout=5)
    return JsonResponse({"status": resp.status_code})
