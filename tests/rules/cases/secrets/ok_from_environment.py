import os

DB_PASSWORD = os.environ["DB_PASSWORD"]
API_KEY_ENV = "PAYMENTS_API_KEY"
password = "changeme"
secret_key = "<your-secret-key>"
token = "access_token"
api_key = "PAYMENTS_API_KEY"
EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
PEM_HEADER = "-----BEGIN RSA PRIVATE KEY-----"
auth = {"password": os.getenv("PW", ""), "token": None}
SECRET_PATTERN = r"(?=\w+)[A-Za-z0-9/+]{40}"
password_regex = "[a-z0-9]{12,}"
token = TOKEN_TEMPLATE.format(secret=SECRET_PATTERN)
