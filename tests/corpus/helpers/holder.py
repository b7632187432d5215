"""A value holder with a primary value and a fallback value."""


class Holder:
    def __init__(self, value):
        self.value = value
        self.fallback = "default"

    def get(self):
        return self.value

    def get_fallback(self):
        return self.fallback

    @classmethod
    def wrap(cls, value):
        return cls(value)
