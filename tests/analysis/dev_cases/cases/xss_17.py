from django.http import HttpResponse
from django.utils.html import format_html


def greet_safe(request):
    who = request.GET.get("who", "")
    return HttpResponse(format_html("<div>Welcome back, {}!</div>", who))
