from flask import redirect
from urllib.parse import urlencode


def execute(continue_url):
    return redirect("/search?" + urlencode({"q": continue_url}))
