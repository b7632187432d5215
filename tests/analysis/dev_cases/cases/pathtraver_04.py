import os

from django.http import JsonResponse


def delete_upload(request):
    name = request.POST["name"]
    os.remove(f"/tmp/uploads/{name}")
    return JsonResponse({"deleted": name})
