import os

from django.http import HttpResponse


def agent_log(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    os.system('logger "visit from %s"' % agent)
    return HttpResponse("logged")
