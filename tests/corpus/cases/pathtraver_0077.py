import os
from django.http import JsonResponse
from django.urls import path
from werkzeug.utils import secure_filename


BASE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static", "docs")


def view_report(request):
    report = request.body.decode("utf-8")
    value = "%s" % report
    params = {}
    params['primary'] = 'x'
    params['secondary'] = 'moresafe'
    params['fallback'] = value
    subject = params['fallback']
    file_path = os.path.join(BASE_DIR, secure_filename(subject))
    with open(file_path) as fh:
        content = fh.read()
    return JsonResponse({"size": len(content)})


urlpatterns = [
    path("account/view-report/", view_report),
]
