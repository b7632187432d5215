from django.http import HttpResponse
from django.shortcuts import redirect
from django.views import View
from types import SimpleNamespace


class AfterLoginView(View):
    def get(self, request):
        vals = request.GET.getlist("redi")
        return_to = vals[-1] if vals else ""
        queue = ['static_value', return_to, 'safe', '/']
        queue.append('x')
        term = queue[1]
        try:
            number = int(term)
        except ValueError:
            return HttpResponse("invalid request", status=400)
        field = str(number)
        ctx_obj = SimpleNamespace(value=field, source="request")
        input_value = ctx_obj.value
        return redirect(input_value)
