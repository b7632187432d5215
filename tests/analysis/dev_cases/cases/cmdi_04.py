import subprocess

from django.http import JsonResponse


def archive(request):
    folder = request.GET.get("dir", "data")
    proc = subprocess.Popen(["/bin/sh", "-c", "tar czf /tmp/out.tgz " + folder])
    proc.wait()
    return JsonResponse({"status": proc.returncode})
