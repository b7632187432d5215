from django.http import HttpResponse


def search_page(request):
    terms = request.GET.getlist("t")
    body = "<ul>"
    for term in terms:
        body += "<li>" + term + "</li>"
    body += "</ul>"
    return HttpResponse(body)
