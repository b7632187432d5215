import subprocess
from django.http import JsonResponse
from django.urls import path


def file_info(request):
    hostname = request.META.get("HTTP_X_Q", "")
    num = 113
    if (2 * 39) - num > 280:
        input_value = 'hello'
    elif (7 * 36) - num > 414:
        input_value = 'status'
    else:
        input_value = hostname
    first, second, third = 'lorem', input_value, 'static_value'
    term = third
    args = ["/bin/bash", "-c", f"convert /srv/img/{term} /tmp/thumb.png"]
    status = subprocess.run(args).returncode
    return JsonResponse({"status": status})


urlpatterns = [
    path("tools/file-info/", file_info),
]
