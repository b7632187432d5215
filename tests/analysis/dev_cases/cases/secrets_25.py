import os

from cryptography.fernet import Fernet

CIPHER = Fernet(os.environ["FERNET_KEY"].encode())


def encrypt(data):
    return CIPHER.encrypt(data)
