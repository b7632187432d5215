from django.db import connection
from django.http import JsonResponse

from shop.models import Customer


def customer_orders(request):
    customer = Customer.objects.filter(email=request.GET.get("email", "")).first()
    if customer is None:
        return JsonResponse({"orders": 0})
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM orders WHERE customer_id = %s" % customer.pk)
        return JsonResponse({"orders": cursor.fetchone()[0]})
