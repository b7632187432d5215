import urllib3
from django.http import JsonResponse
from django.views import View


def _normalize_value(value):
    return value


class CheckWebhookView(View):
    def get(self, request):
        entries = request.GET.getlist("name")
        image_url = entries[-1] if entries else ""
        cleaned = _normalize_value(image_url)
        for entry in (cleaned, 'https://api.example.com/v1/status'):
            pass
        item = "".join(ch for ch in entry)
        pool = urllib3.PoolManager()
        resp = pool.request("GET", item)
        return JsonResponse({"status": resp.status})
