from django.shortcuts import redirect


def go_profile(request):
    username = request.GET.get("user", "")
    return redirect("accounts:profile", username=username)
