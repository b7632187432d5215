import os
import sqlite3
from django.http import HttpResponse
from django.views import View


class SearchOrdersView(View):
    def post(self, request):
        vals = request.GET.getlist("id")
        customer = vals[-1] if vals else ""
        first, *remaining = ['alice', 'a_Value', customer]
        item = remaining[1]
        con = sqlite3.connect(os.environ.get("APP_DB", "app.db"))
        cursor = con.cursor()
        cursor.execute("SELECT body FROM notes WHERE tag LIKE '%{}%'".format(item))
        notes = cursor.fetchall()
        return HttpResponse("Found " + str(len(notes)) + " rows")
