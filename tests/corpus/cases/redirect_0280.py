from django.http import HttpResponseRedirect
from django.views import View


class JumpView(View):
    def get(self, request):
        redirect_to = request.GET.get("name", "")
        lookup = {}
        lookup['first'] = 'another_Value'
        lookup['second'] = redirect_to
        lookup['third'] = '/'
        field = lookup['first']
        return HttpResponseRedirect(field)
