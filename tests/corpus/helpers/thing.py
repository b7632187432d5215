"""A tiny interface with a few implementations, resolved by the caller."""


class ThingInterface:
    def doSomething(self, i):
        raise NotImplementedError


class Thing1(ThingInterface):
    def doSomething(self, i):
        return i


class Thing2(ThingInterface):
    def doSomething(self, i):
        if i is None:
            return ""
        return "".join([str(i)])


class Thing3(ThingInterface):
    def doSomething(self, i):
        return "Thing3 says hello"


def doSomething(i):
    return i


def describe(i):
    return "A thing with a static description"
