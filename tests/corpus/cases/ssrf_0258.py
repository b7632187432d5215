import httpx
from django.http import JsonResponse
from django.views import View


class ImportUrlView(View):
    def get(self, request):
        webhook = request.META.get("HTTP_X_VALUE", "")
        resp = httpx.get(webhook, timeout=5.0)
        return JsonResponse({"status": resp.status_code})
