from flask import request
import httpx
from flask.views import MethodView


class FetchPreviewView(MethodView):
    def post(self):
        webhook = request.get_data(as_text=True)
        piece = webhook.replace("\r\n", "\n")
        selector = "XYZ"[1]
        match selector:
            case 'Y':
                value = piece
            case 'X':
                value = 'https://api.example.com/v1/status'
            case _:
                value = 'https://api.example.com/health'
        with httpx.Client(timeout=5.0) as client:
            resp = client.head(value)
        return {"status": resp.status_code}


def register(app):
    app.add_url_rule("/internal/ssrf", view_func=FetchPreviewView.as_view("fetchpreviewview"))
