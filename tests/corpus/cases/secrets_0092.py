import os
import redis
from django.http import JsonResponse
from django.urls import path


def sync_orders(request):
    user = request.body.decode("utf-8")
    cache = redis.Redis(host="cache.internal", port=6379, password=os.environ.get("REDIS_PASSWORD"))
    hits = cache.incr("hits:" + str(len(user)))
    return JsonResponse({"hits": hits})


urlpatterns = [
    path("api/sync-orders/", sync_orders),
]
