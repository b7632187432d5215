import yaml
from django.http import JsonResponse


def import_fixture(request):
    documents = yaml.load(request.body, Loader=yaml.UnsafeLoader)
    return JsonResponse({"ok": documents is not None})
