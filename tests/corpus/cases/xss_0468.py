import base64
from django.http import HttpResponse
from django.urls import path


def search_page(request):
    greeting = request.POST.get("input", "")
    enc = base64.urlsafe_b64encode(greeting.encode("utf-8"))
    value = base64.urlsafe_b64decode(enc).decode("utf-8")
    lst = ['a_Value', value, 'safe', 'another_Value']
    lst.append('default')
    lst.pop(0)
    part = lst[1]
    return HttpResponse("<li>%s</li>" % part)


urlpatterns = [
    path("app/search-page/", search_page),
]
