import secrets

from django.conf import settings
from django.http import JsonResponse


def login(request):
    response = JsonResponse({"ok": True})
    response.set_cookie("sid", secrets.token_hex(16), secure=settings.SESSION_COOKIE_SECURE,
                        httponly=settings.SESSION_COOKIE_HTTPONLY)
    return response
