from django.http import HttpResponseRedirect
from django.views import View


class AfterLoginView(View):
    def get(self, request):
        continue_url = request.GET.get("q", "")
        return HttpResponseRedirect(continue_url)
