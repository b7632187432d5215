import re
from pathlib import Path

from django.http import HttpResponseBadRequest, JsonResponse


def read_note_safe(request):
    note = request.GET["note"]
    if not re.fullmatch(r"[\w-]{1,64}\.txt", note):
        return HttpResponseBadRequest("bad name")
    return JsonResponse({"text": Path("/srv/notes", note).read_text()})
