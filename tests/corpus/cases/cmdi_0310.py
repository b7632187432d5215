import subprocess
from django.http import JsonResponse
from django.urls import path


def dns_lookup(request):
    host = request.POST.get("value", "")
    field = "%s " % (host,)
    out = subprocess.check_output(["grep", "-F", "--", field, "/var/log/app.log"])
    status = len(out)
    return JsonResponse({"status": status})


urlpatterns = [
    path("admin/dns-lookup/", dns_lookup),
]
