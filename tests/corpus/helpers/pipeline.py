"""Composable value transformers."""


class Transformer:
    def apply(self, value):
        return value


class Trimmer(Transformer):
    def apply(self, value):
        return super().apply(value).strip()


class Redactor(Transformer):
    def apply(self, value):
        return "[redacted]"


def run(steps, value):
    for step in steps:
        value = step.apply(value)
    return value
