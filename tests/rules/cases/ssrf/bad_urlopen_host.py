import urllib.request

from django.http import HttpResponse


def proxy(request):
    host = request.GET.get("host")
    with urllib.request.urlopen(f"http://{host}/status") as resp:
        return HttpResponse(resp.read())
