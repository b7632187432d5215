import uuid

from django.http import JsonResponse


def pick_order(request):
    order = uuid.UUID(request.GET.get("order", ""))
    request.session["order"] = str(order)
    return JsonResponse({"ok": True})
