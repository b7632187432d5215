from pathlib import Path

from django.http import JsonResponse


def read_note(request):
    note = request.GET["note"]
    path = Path("/srv/notes").joinpath(note)
    return JsonResponse({"text": path.read_text()})
