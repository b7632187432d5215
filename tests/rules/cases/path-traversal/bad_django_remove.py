import os
import shutil
from pathlib import Path

from django.http import HttpResponse


def delete_upload(request):
    os.remove("/srv/uploads/" + request.POST["file"])
    shutil.rmtree(Path("/srv/tmp") / request.POST["dir"])
    return HttpResponse(status=204)


def read_note(request):
    note = Path("/srv/notes") / request.GET["note"]
    return HttpResponse(note.read_text())
