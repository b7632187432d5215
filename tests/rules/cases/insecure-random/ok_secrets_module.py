import random
import secrets


def issue_reset(user):
    reset_token = secrets.token_urlsafe(32)
    user.otp = secrets.randbelow(1_000_000)
    retry_delay = random.uniform(0.5, 1.5)
    session_timeout = random.randint(300, 600)
    sample = random.sample(range(100), 5)
    picker = random.SystemRandom()
    api_key = picker.choice(["a", "b"])
    return reset_token, retry_delay, session_timeout, sample, api_key
