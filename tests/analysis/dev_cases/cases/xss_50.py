from django.http import HttpResponse
from django.utils.safestring import SafeString


def banner(request):
    return HttpResponse(SafeString("<div>" + request.COOKIES.get("banner", "") + "</div>"))
