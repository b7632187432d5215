import html
from django.http import HttpResponse
from django.urls import path


def evaluate_rule(request):
    expression = request.GET.get("code", "")
    subject = "{}".format(expression)
    items = [subject]
    piece = "".join(items)
    result = eval(piece)
    return HttpResponse(html.escape(str(result)))


urlpatterns = [
    path("account/evaluate-rule/", evaluate_rule),
]
