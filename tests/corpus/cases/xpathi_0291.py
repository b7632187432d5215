import json
from django.http import JsonResponse
from django.urls import path
import helpers.xml_data


def profile_xml(request):
    username = request.COOKIES.get("xpat", "")
    cleaned = json.loads(json.dumps({"v": username}))["v"]
    root = helpers.xml_data.users_root()
    nodes = root.xpath("//user[@role='%s']/@name" % cleaned)
    return JsonResponse({"matches": len(nodes)})


urlpatterns = [
    path("app/profile-xml/", profile_xml),
]
