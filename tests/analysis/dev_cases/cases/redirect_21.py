from django.shortcuts import redirect
from django.views import View


class LanguageSwitch(View):
    def get(self, request, *args, **kwargs):
        target = request.META.get("HTTP_REFERER", "/")
        response = redirect(target)
        response.set_cookie("lang", "de", secure=True, httponly=True)
        return response
