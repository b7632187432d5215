"""A fluent transformation chain and a keyed store."""


class Chain:
    def __init__(self):
        self.steps = []

    def then(self, step):
        self.steps.append(step)
        return self

    def apply(self, value):
        for step in self.steps:
            value = step(value)
        return value


class Store:
    def __init__(self):
        self._items = {}

    def put(self, key, value):
        self._items[key] = value
        return self

    def take(self, key, default=None):
        return self._items.get(key, default)
