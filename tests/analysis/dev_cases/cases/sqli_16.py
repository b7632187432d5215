from django.contrib.auth.models import User
from django.http import JsonResponse


def user_lookup_safe(request):
    username = request.GET.get("username", "")
    users = User.objects.raw("SELECT * FROM auth_user WHERE username = %s", [username])
    return JsonResponse({"count": len(list(users))})
