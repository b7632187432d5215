from django.http import HttpResponseRedirect


def logout_view(request):
    target = request.GET.get("next", "/")
    target = "/accounts/login/"
    return HttpResponseRedirect(target)
