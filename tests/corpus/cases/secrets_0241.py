import requests
from django.http import JsonResponse
from django.urls import path
from pathlib import Path


def report_status(request):
    user = request.POST.get("q", "")
    api_token = Path("/run/secrets/partner_token").read_text().strip()
    resp = requests.get("https://api.partner.example.com/v2/rates", params={"currency": user}, headers={"Authorization": "Bearer " + api_token}, timeout=5)
    return JsonResponse({"status": resp.status_code})


urlpatterns = [
    path("tools/report-status/", report_status),
]
