import os

from django.http import FileResponse


def avatar(request):
    name = os.path.basename(request.GET.get("file", "default.png"))
    return FileResponse(open(os.path.join("/srv/avatars", name), "rb"))
