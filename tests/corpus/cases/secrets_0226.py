import os
import psycopg
from django.http import JsonResponse
from django.views import View


class SendDigestView(View):
    def post(self, request):
        user = request.GET.get("currency", "")
        conn = psycopg.connect(host="db.internal", dbname="app", user="app", password=os.environ["DATABASE_PASSWORD"])
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM orders WHERE region = %s", (user,))
            total = cur.fetchone()[0]
        conn.close()
        return JsonResponse({"orders": total})
