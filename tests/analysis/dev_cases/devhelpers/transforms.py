"""Named text transformations, looked up by name (a small plugin registry)."""

import html
import re
import shlex


def identity(value):
    return value


def squeeze(value):
    return re.sub(r"\s+", " ", value).strip()


def html_safe(value):
    return html.escape(value, quote=True)


def shell_safe(value):
    return shlex.quote(value)


def digits_only(value):
    return re.sub(r"[^0-9]", "", value)


TRANSFORMS = {
    "identity": identity,
    "squeeze": squeeze,
    "html": html_safe,
    "shell": shell_safe,
    "digits": digits_only,
}


def lookup(name):
    return TRANSFORMS.get(name, identity)


def apply(name, value):
    return lookup(name)(value)
