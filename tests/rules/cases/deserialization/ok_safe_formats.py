import json
import shelve

import yaml
from flask import request
from yaml import CSafeLoader


def load_config(stream, other):
    first = yaml.safe_load(stream)
    second = yaml.load(other, Loader=yaml.SafeLoader)
    third = yaml.load(other, Loader=CSafeLoader)
    body = json.loads(request.get_data())
    with shelve.open("/var/app/cache.db") as db:
        cached = db.get("k")
    return first, second, third, body, cached
