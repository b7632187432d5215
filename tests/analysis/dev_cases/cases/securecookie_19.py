from django.http import HttpResponse
from django.views import View


class ConsentViewSafe(View):
    def post(self, request):
        response = HttpResponse("ok")
        response.set_cookie("consent_token", "yes", max_age=3600, secure=True, httponly=True)
        return response
