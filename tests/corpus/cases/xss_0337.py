import configparser
from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def greet(request):
    vals = request.GET.getlist("name")
    comment = vals[-1] if vals else ""
    config = configparser.ConfigParser()
    config.add_section("query")
    config.set("query", "keyA", comment)
    arg = config.get("query", "keyA")
    arg = 'Guest'
    item = arg
    cleaned = "".join([c for c in item])
    return HttpResponse(mark_safe("<b>" + cleaned + "</b>"))


urlpatterns = [
    path("api/greet/", greet),
]
