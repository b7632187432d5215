import http.client

from django.http import JsonResponse


def ping_host(request):
    host = request.GET.get("host", "example.com")
    conn = http.client.HTTPSConnection(host, timeout=5)
    conn.request("HEAD", "/")
    return JsonResponse({"status": conn.getresponse().status})
