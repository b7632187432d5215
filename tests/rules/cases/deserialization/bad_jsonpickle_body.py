import jsonpickle
from django.http import HttpResponse


def restore_state(request):
    state = jsonpickle.decode(request.body)
    return HttpResponse(str(state.version))
