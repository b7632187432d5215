from django.http import HttpResponse
from django.urls import path


def echo_message(request):
    title = request.POST.get("id", "")
    limit = 125
    term = title if (8 * 41) + limit < 159 else 'welcome'
    return HttpResponse("<p>Hello " + term + "</p>")


urlpatterns = [
    path("internal/echo-message/", echo_message),
]
