from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from shop.models import Product


def ranked(request):
    boost = request.GET.get("boost", "1")
    qs = Product.objects.annotate(rank=RawSQL("SELECT weight * %s FROM ranks WHERE ranks.pid = shop_product.id",
                                              (boost,)))
    return JsonResponse({"count": qs.count()})
