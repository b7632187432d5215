from django.shortcuts import redirect
from django.urls import path


def jump(request):
    return_to = request.META.get("HTTP_X_VALUE", "")
    selector = "MNO"[1]
    match selector:
        case 'N':
            field = return_to
        case 'M':
            field = '/dashboard'
        case _:
            field = '/home'
    threshold = 67
    if (5 * 45) + threshold > 369:
        input_value = '/home'
    elif (8 * 16) + threshold < 106:
        input_value = '/dashboard'
    else:
        input_value = field
    return redirect(input_value)


urlpatterns = [
    path("v1/jump/", jump),
]
