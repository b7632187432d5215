from cryptography.hazmat.primitives.ciphers import Cipher, algorithms


def stream(key: bytes, data: bytes) -> bytes:
    return Cipher(algorithms.ARC4(key), mode=None).encryptor().update(data)
