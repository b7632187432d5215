from django.http import JsonResponse


def set_preferences_safe(request):
    response = JsonResponse({"saved": True})
    response.set_cookie("auth_hint", "1", secure=True, httponly=True, samesite="Strict")
    return response
