from django.http import HttpResponse
from django.views import View


class ConsentView(View):
    def post(self, request):
        response = HttpResponse("ok")
        response.set_cookie("consent_token", request.POST.get("consent", "yes"), max_age=3600)
        return response
