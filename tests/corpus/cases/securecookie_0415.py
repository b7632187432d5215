import base64
from django.http import HttpResponse
from django.views import View
import helpers.cookies


class SetLocaleView(View):
    def get(self, request):
        theme = request.POST.get("id", "")
        b64 = base64.urlsafe_b64encode(theme.encode("utf-8"))
        arg = base64.urlsafe_b64decode(b64).decode("utf-8")
        secure_flag = False
        selected = helpers.cookies.EnforcedCookiePolicy().secure_flag(secure_flag)
        resp = HttpResponse("Preference saved")
        resp.set_cookie("theme", arg, secure=selected, httponly=True, samesite="Lax")
        return resp
