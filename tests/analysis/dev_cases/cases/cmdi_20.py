import subprocess

from django.http import JsonResponse

REPO = "/srv/repo"


def author_log(request):
    author = request.POST.get("author", "")
    out = subprocess.run(["git", "log", "--oneline", "--author", author], cwd=REPO,
                         capture_output=True, text=True)
    return JsonResponse({"commits": len(out.stdout.splitlines())})
