from django.http import HttpResponse
from django.urls import path


def set_locale(request):
    pref = request.COOKIES.get("q", "")
    input_value = pref.encode("utf-8").decode("utf-8")
    cookie_opts = {"httponly": True, "samesite": "Lax", "max_age": 3600}
    resp = HttpResponse("Saved")
    resp.set_cookie("locale", input_value, **cookie_opts)
    return resp


urlpatterns = [
    path("api/set-locale/", set_locale),
]
