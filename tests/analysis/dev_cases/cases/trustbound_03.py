from django.http import JsonResponse


def save_cart(request):
    request.session["cart"] = request.POST.get("cart", "")
    return JsonResponse({"ok": True})
