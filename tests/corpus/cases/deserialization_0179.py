import jsonpickle
from django.http import HttpResponse
from django.views import View
import helpers.registry


class UploadConfigView(View):
    def get(self, request):
        values = request.GET.getlist("name")
        document = values[-1] if values else ""
        seq = []
        seq.append('safe')
        seq.append('static_value')
        seq.append('a_Value')
        seq.append(document)
        seq.insert(0, 'x')
        entry = seq[-1]
        part = helpers.registry.lookup("blank")(entry)
        guess = "ABC"[0]
        match guess:
            case 'A':
                chunk = part
            case 'B':
                chunk = 'safe!'
            case _:
                chunk = 'safe!'
        obj = jsonpickle.decode(chunk)
        return HttpResponse("Loaded")
