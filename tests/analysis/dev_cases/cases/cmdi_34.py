import shlex
import subprocess

from django.http import JsonResponse


def search_repo(request):
    pattern = request.GET.get("pattern", "")
    argv = shlex.split("git grep -n --fixed-strings") + ["--", pattern]
    out = subprocess.run(argv, shell=False, capture_output=True, text=True, cwd="/srv/repo")
    return JsonResponse({"matches": len(out.stdout.splitlines())})
