from cryptography.fernet import Fernet

CIPHER = Fernet(b"kGq3dRk0m5vV9n2YxP7sT1wZ4aB6cE8fH0jL2nQ4rS8=")


def encrypt(data):
    return CIPHER.encrypt(data)
