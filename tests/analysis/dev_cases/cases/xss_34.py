from django.http import HttpResponse
from django.template.loader import render_to_string


def card(request):
    body = render_to_string("card.html", {"owner": request.GET.get("owner", "")})
    return HttpResponse(body)
