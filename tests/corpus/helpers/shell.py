"""Shell argument helpers."""

import shlex


def quote_arg(value):
    return shlex.quote(value)
