"""Session state helpers."""

from flask import session

PLANS = ("free", "team", "enterprise")


def remember(key, value):
    session[key] = value


def remember_choice(key, value):
    session[key] = value if value in PLANS else "free"
