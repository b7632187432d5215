import psycopg
from django.http import JsonResponse
from django.urls import path


DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "app",
        "USER": "app",
        "PASSWORD": "7C^%a#pub!lWy+ilsWs1",
        "HOST": "db.internal",
    }
}


def send_digest(request):
    vals = request.GET.getlist("q")
    account = vals[-1] if vals else ""
    conn = psycopg.connect(host=DATABASES["default"]["HOST"], dbname=DATABASES["default"]["NAME"], user=DATABASES["default"]["USER"], password=DATABASES["default"]["PASSWORD"])
    row = conn.execute("SELECT count(*) FROM orders WHERE region = %s", (account,)).fetchone()
    return JsonResponse({"orders": row[0]})


urlpatterns = [
    path("account/send-digest/", send_digest),
]
