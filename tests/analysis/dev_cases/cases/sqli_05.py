from django.contrib.auth.models import User
from django.http import JsonResponse


def user_lookup(request):
    username = request.GET.get("username", "")
    users = User.objects.raw(f"SELECT * FROM auth_user WHERE username = '{username}'")
    return JsonResponse({"count": len(list(users))})
