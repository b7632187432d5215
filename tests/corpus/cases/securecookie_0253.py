from django.http import HttpResponse
from django.views import View


class SetLocaleView(View):
    def get(self, request):
        theme = request.GET.get("q", "")
        resp = HttpResponse("Preference saved")
        resp.set_cookie("pref", theme, secure=True, httponly=True)
        return resp
