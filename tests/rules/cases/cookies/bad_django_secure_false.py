from django.http import HttpResponse


def remember(request):
    response = HttpResponse("ok")
    response.set_cookie("remember", "1", secure=False, httponly=True)
    return response
