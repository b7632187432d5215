PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
PASSWORD_HASH_SCHEME = "pbkdf2_sha256"
TOKEN_TYPE = "bearer"
AUTH_HEADER = "Authorization"
