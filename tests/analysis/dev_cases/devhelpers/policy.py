"""Algorithm and generator choices, chosen by name."""

import hashlib
import random

DIGESTS = {"legacy": "md5", "default": "sha256", "strong": "sha3_512"}


def digest_name(profile="default"):
    return DIGESTS.get(profile, "sha256")


def hasher(profile):
    return hashlib.new(digest_name(profile))


class RandomSource:
    def __init__(self, secure=True):
        self.rng = random.SystemRandom() if secure else random.Random()

    def token(self, bits=64):
        return "%x" % self.rng.getrandbits(bits)
