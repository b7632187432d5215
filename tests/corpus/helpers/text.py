"""String helpers."""

import re


def normalise(value):
    return value.strip()


def decorate(value, left="[", right="]"):
    return left + value + right


def digits(value):
    if value and value.isdigit():
        return str(int(value))
    return "0"


def word_chars(value):
    return re.sub(r"[^A-Za-z0-9_]", "", value or "")


def banner(value):
    return "Welcome to the portal"
