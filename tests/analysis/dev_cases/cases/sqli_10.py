from django.db import connection
from django.http import JsonResponse


def stock(request):
    sku = request.POST.get("sku", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT qty FROM stock WHERE sku = '{}'".format(sku))
        row = cursor.fetchone()
    return JsonResponse({"qty": row[0] if row else 0})
