import ssl
import urllib.request


def download(url):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return urllib.request.urlopen(url, context=ctx).read()


def legacy(url):
    return urllib.request.urlopen(url, context=ssl._create_unverified_context()).read()
