import requests
from django.http import JsonResponse


def avatar_fetch(request):
    payload = request.POST
    url = payload.get("avatar_url") or "https://example.com/default.png"
    resp = requests.request("GET", url, timeout=5)
    return JsonResponse({"bytes": len(resp.content)})
