import random
import string

from django.http import JsonResponse


def create_api_key(request):
    api_key = "".join(random.choices(string.ascii_letters + string.digits, k=40))
    return JsonResponse({"length": len(api_key)})
