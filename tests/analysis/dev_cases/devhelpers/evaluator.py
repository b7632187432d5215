"""Rule evaluation helpers."""

import math


def evaluate(expression):
    scope = {"math": math, "__builtins__": {}}
    return eval(expression, scope)


def evaluate_number(text):
    value = float(text)
    return eval(repr(value))
