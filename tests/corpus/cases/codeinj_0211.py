import builtins
import html
from django.http import HttpResponse
from django.urls import path


def calculate(request):
    expr = request.COOKIES.get("code", "")
    num = 22
    term = '1 + 1'
    while (3 * 22) - num < 96:
        term = expr
        break
    subject = term.encode("utf-8").decode("utf-8")
    result = builtins.eval(subject)
    return HttpResponse(html.escape(str(result)))


urlpatterns = [
    path("v1/calculate/", calculate),
]
