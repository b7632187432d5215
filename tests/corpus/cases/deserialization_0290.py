import base64
import yaml
from django.http import JsonResponse
from django.urls import path


def upload_config(request):
    raw_state = request.body.decode("utf-8")
    opts = {'section': {'k1': 'safe', 'k2': raw_state, 'k3': 'safe!'}}
    raw = opts['section']['k2']
    b64 = base64.urlsafe_b64encode(raw.encode("utf-8"))
    chunk = base64.urlsafe_b64decode(b64).decode("utf-8")
    obj = yaml.load(chunk, Loader=yaml.Loader)
    return JsonResponse({"loaded": obj is not None})


urlpatterns = [
    path("internal/upload-config/", upload_config),
]
