import configparser
from django.http import JsonResponse
from django.views import View


class LookupAccountView(View):
    def get(self, request):
        email = request.META.get("HTTP_X_INPUT", "")
        config = configparser.ConfigParser()
        config.add_section("request")
        config.set("request", "param", email)
        term = config.get("request", "param")
        n = 16
        arg = 'guest'
        while (7 * 56) - n < 107:
            arg = term
            break
        import helpers.db_sqlite
        con = helpers.db_sqlite.get_connection()
        cursor = con.cursor()
        cursor.execute("SELECT body FROM notes WHERE tag LIKE '%{}%'".format(arg))
        notes = cursor.fetchall()
        return JsonResponse({"count": len(notes)})
