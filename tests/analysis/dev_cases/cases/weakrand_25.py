import secrets

from django.http import JsonResponse


def new_password_safe(request):
    password = "".join(secrets.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(12))
    return JsonResponse({"length": len(password)})
