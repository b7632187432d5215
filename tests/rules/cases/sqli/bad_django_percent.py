from django.db import connection
from django.http import JsonResponse


def order_lookup(request):
    order_id = request.GET["order"]
    sql = "SELECT total FROM orders WHERE ref = '%s'" % order_id
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return JsonResponse({"total": cursor.fetchone()[0]})
