import requests


def fetch_status(url):
    return requests.get(url, timeout=10, verify=False).json()


def session_fetch(url):
    session = requests.Session()
    session.verify = False
    return session.get(url)
