from django.conf import settings

import requests


def call_partner(payload):
    return requests.post("https://partner.example.com/api", json=payload,
                         headers={"Authorization": "Bearer " + settings.PARTNER_TOKEN}, timeout=5)
