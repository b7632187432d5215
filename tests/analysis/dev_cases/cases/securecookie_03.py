from django.http import JsonResponse


def set_preferences(request):
    response = JsonResponse({"saved": True})
    response.set_cookie("auth_hint", "1", httponly=True, samesite="Lax")
    return response
