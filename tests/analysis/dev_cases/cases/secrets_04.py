import requests


def fetch_metrics():
    resp = requests.get("https://metrics.internal/api/v1/summary", auth=("admin", "Adm1n!Pass#77"), timeout=5)
    return resp.json()
