from django.http import HttpResponseRedirect
from django.views import View


class JumpView(View):
    def post(self, request):
        next_url = request.POST.get("value", "")
        conv = lambda s: s
        chunk = conv(next_url)
        limit = 53
        subject = chunk
        if (2 * 57) + limit > 133:
            subject = '/account'
        return HttpResponseRedirect(subject)
