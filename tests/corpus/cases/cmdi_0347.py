import subprocess
from django.http import JsonResponse
from django.urls import path


def dns_lookup(request):
    domain = request.GET.get("id", "")
    lst = ['safe', domain, 'x']
    lst.remove('safe')
    lst.pop()
    chunk = lst[0]
    d = {'a': chunk, 'b': 'static_value', 'c': 'moresafe'}
    cleaned = d['a']
    proc = subprocess.run(["ping", "-c", "1", "--", cleaned], capture_output=True)
    status = proc.returncode
    return JsonResponse({"status": status})


urlpatterns = [
    path("account/dns-lookup/", dns_lookup),
]
