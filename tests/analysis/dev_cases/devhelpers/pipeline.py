"""A value pipeline: each step transforms the output of the previous one."""

import html


class Pipeline:
    def __init__(self, *steps):
        self.steps = list(steps)

    def run(self, value):
        for step in self.steps:
            value = step(value)
        return value


def strip_step(value):
    return value.strip()


def lower_step(value):
    return value.lower()


PLAIN = Pipeline(strip_step, lower_step)
ESCAPED = Pipeline(strip_step, html.escape)
