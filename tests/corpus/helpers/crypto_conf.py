"""Algorithm and generator choices used across the application."""

import random


def preferred_algorithm():
    return "sha256"


def compat_algorithm():
    return "md5"


def token_generator():
    return random.SystemRandom()


def quick_generator():
    return random.Random()


class AlgorithmPolicy:
    def choose(self, requested):
        return requested


class PinnedAlgorithmPolicy(AlgorithmPolicy):
    def choose(self, requested):
        return "sha256"


class GeneratorPolicy:
    def choose(self, requested):
        return requested


class PinnedGeneratorPolicy(GeneratorPolicy):
    def choose(self, requested):
        return random.SystemRandom()
