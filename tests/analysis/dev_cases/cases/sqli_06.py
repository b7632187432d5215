from django.http import JsonResponse

from shop.models import Product


def product_filter(request):
    name = request.GET.get("name", "")
    qs = Product.objects.extra(where=["name = '%s'" % name])
    return JsonResponse({"count": qs.count()})
