from django.http import HttpResponse
from django.utils.safestring import mark_safe


def bio(request):
    text = request.POST.get("bio", "")
    return HttpResponse(mark_safe("<p>" + text + "</p>"))
