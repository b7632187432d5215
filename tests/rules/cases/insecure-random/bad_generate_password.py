import random


def generate_password(length=12):
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "".join(random.choices(alphabet, k=length))
