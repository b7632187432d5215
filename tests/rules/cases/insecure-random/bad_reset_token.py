import random
import string


def issue_reset(user):
    reset_token = "".join(random.choice(string.ascii_letters) for _ in range(32))
    user.otp = random.randint(100000, 999999)
    return reset_token
