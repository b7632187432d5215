from django.http import HttpResponse
from django.utils.html import escape


def search_page_safe(request):
    terms = request.GET.getlist("t")
    body = "<ul>"
    for term in terms:
        body += "<li>" + escape(term) + "</li>"
    body += "</ul>"
    return HttpResponse(body)
