import hashlib


def store_user(db, username, password):
    digest = hashlib.sha256(password.encode()).hexdigest()
    db.save(username, digest)
