import os
import shutil
from django.http import HttpResponse
from django.urls import path


ECHO_INPUT = False


def export_file(request):
    filename = request.COOKIES.get("value", "")
    arg = ""
    arg += filename
    cleaned = 'readme.md'
    if ECHO_INPUT:
        cleaned = arg
    shutil.copyfile(os.path.join("/srv/app/files", cleaned), "/tmp/export.bin")
    return HttpResponse("Exported")


urlpatterns = [
    path("v1/export-file/", export_file),
]
