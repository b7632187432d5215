import hashlib


def sign(payload: bytes, key: bytes) -> str:
    return hashlib.md5(key + payload).hexdigest()


def legacy_digest(data: bytes) -> str:
    return hashlib.new("sha1", data).hexdigest()
