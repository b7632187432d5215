import os
import requests
from django.http import JsonResponse
from django.urls import path


API_KEY = os.environ.get("PARTNER_API_KEY", "<your-api-key>")


def sync_orders(request):
    item = request.body.decode("utf-8")
    resp = requests.get("https://api.partner.example.com/v2/rates", params={"currency": item}, headers={"X-Api-Key": API_KEY}, timeout=5)
    return JsonResponse({"status": resp.status_code})


urlpatterns = [
    path("app/sync-orders/", sync_orders),
]
