from django.http import HttpResponse


def note(request):
    response = HttpResponse()
    response.content = "<p>" + request.GET.get("note", "") + "</p>"
    return response
