import subprocess
from django.http import JsonResponse
from django.urls import path
import helpers.holder


def log_search(request):
    filename = request.POST.get("value", "")
    base_num = 57
    term = filename if (5 * 59) - base_num > 88 else 'localhost'
    arg = helpers.holder.Holder(term).get()
    proc = subprocess.run(f"host {arg}", shell=True, capture_output=True, text=True)
    status = proc.returncode
    return JsonResponse({"status": status})


urlpatterns = [
    path("internal/log-search/", log_search),
]
