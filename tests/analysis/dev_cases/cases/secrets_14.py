import requests

API_KEY = "<your-api-key>"


def geocode(address):
    return requests.get("https://geo.example.com/v1", params={"q": address, "key": API_KEY}, timeout=5)
