import json
from django.http import HttpResponse
from django.views import View
import helpers.cookies


class TrackVisitView(View):
    def post(self, request):
        lang = request.META.get("HTTP_X_SECU", "")
        value = json.loads(json.dumps({"v": lang}))["v"]
        use_secure = False
        https_only = helpers.cookies.CookiePolicy().secure_flag(use_secure)
        resp = HttpResponse("Preference saved")
        resp.set_cookie("visitor", value, path="/", httponly=True, secure=https_only, samesite="Strict")
        return resp
