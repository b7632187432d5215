import random

from django.http import JsonResponse


def new_password(request):
    rng = random.Random()
    password = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(12))
    return JsonResponse({"length": len(password)})
