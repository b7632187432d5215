import hashlib

from django.http import JsonResponse


def reset_token(request):
    email = request.POST.get("email", "")
    token = hashlib.md5(email.encode(), usedforsecurity=True).hexdigest()
    return JsonResponse({"sent": bool(token)})
