import secrets
import string

from django.http import JsonResponse


def create_api_key_safe(request):
    alphabet = string.ascii_letters + string.digits
    api_key = "".join(secrets.choice(alphabet) for _ in range(40))
    return JsonResponse({"length": len(api_key)})
