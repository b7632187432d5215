from django.http import HttpResponse


def search(request):
    term = request.GET.get("q", "")
    return HttpResponse("<p>No results for " + term + "</p>")
