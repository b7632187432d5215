from django.http import HttpResponse


def greet(request):
    who = request.GET.get("who", "")
    return HttpResponse(f"<div>Welcome back, {who}!</div>")
