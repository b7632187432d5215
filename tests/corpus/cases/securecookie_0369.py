from django.http import HttpResponse
from django.urls import path


def track_visit(request):
    pref = request.body.decode("utf-8")
    chunk = pref[:4096]
    resp = HttpResponse("Preference saved")
    resp.set_cookie("pref", chunk)
    return resp


urlpatterns = [
    path("admin/track-visit/", track_visit),
]
