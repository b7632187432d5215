import MySQLdb
from django.http import JsonResponse


def legacy_search(request):
    term = request.GET.get("term", "")
    db = MySQLdb.connect(db="legacy")
    cur = db.cursor()
    sql = "SELECT id FROM docs WHERE title LIKE '%%" + term + "%%'"
    cur.execute(sql)
    return JsonResponse({"count": cur.rowcount})
