from aise.evidence import ContextFlag, Evidence
from aise.tools.codemods import CodemodResult, FixContext
from aise.tools.codemods.weak_hash import StrongerHash
from aise.tools.codemods.weak_random import SecretsRandom

HASH = StrongerHash()


def test_password_md5_becomes_pbkdf2_with_notes(run):
    src = "import hashlib\n\n\ndef hash_password(pw):\n    return hashlib.md5(pw.encode()).hexdigest()  # <-\n"
    result = run(HASH, src)
    assert isinstance(result, CodemodResult)
    assert 'hashlib.pbkdf2_hmac("sha256", pw.encode(), PASSWORD_SALT, 600_000).hex()' in result.source
    assert 'PASSWORD_SALT = os.environ.get("PASSWORD_SALT", "").encode()' in result.source
    assert any("rehash" in n for n in result.notes)


def test_password_hash_uses_a_salt_in_scope(fix):
    src = "import hashlib\n\ndef hash_password(pw, salt):\n    return hashlib.sha1(pw + salt).digest()  # <-\n"
    assert 'hashlib.pbkdf2_hmac("sha256", pw + salt, salt, 600_000)' in fix(HASH, src)


def test_signature_md5_becomes_sha256(fix):
    src = "import hashlib\n\ndef sign(data):\n    return hashlib.md5(data).hexdigest()  # <-\n"
    assert "hashlib.sha256(data).hexdigest()" in fix(HASH, src)
    assert "hashlib.new('sha256', d)" in fix(HASH, "import hashlib\nh = hashlib.new('md5', d)  # <-\n")


def test_cache_key_is_annotated_not_dropped(run):
    src = "import hashlib\n\ndef cache_key(url):\n    return hashlib.md5(url.encode()).hexdigest()  # <-\n"
    result = run(HASH, src)
    assert isinstance(result, CodemodResult) and result.annotated
    assert "hashlib.md5(url.encode(), usedforsecurity=False)" in result.source


def test_evidence_flag_decides_context(run, tmp_path):
    src = "import hashlib\n\ndef f(data):\n    return hashlib.sha1(data).hexdigest()  # <-\n"
    ctx = FixContext(root=tmp_path, evidence=Evidence(fingerprint="x", flags=frozenset({ContextFlag.NOT_SECURITY_USE})))
    result = run(HASH, src, ctx=ctx)
    assert isinstance(result, CodemodResult) and result.annotated


def test_strong_or_annotated_hashes_are_left_alone(run):
    assert run(HASH, "import hashlib\nh = hashlib.sha256(b'x')  # <-\n") is None
    assert run(HASH, "import hashlib\nh = hashlib.md5(b'x', usedforsecurity=False)  # <-\n") is None


def test_random_token_becomes_secrets(fix):
    src = "import random\n\ndef reset_token():\n    return ''.join(random.choice(ABC) for _ in range(9))  # <-\n"
    out = fix(SecretsRandom(), src)
    assert "secrets.choice(ABC)" in out and "import secrets" in out
    otp = "import random\n\ndef otp_code():\n    return random.randint(100000, 999999)  # <-\n"
    assert "return 100000 + secrets.randbelow(900000)" in fix(SecretsRandom(), otp)


def test_random_for_jitter_is_left_alone(run):
    assert run(SecretsRandom(), "import random\n\ndef backoff_jitter():\n    return random.uniform(0, 1)  # <-\n") is None


def test_password_hash_and_its_check_change_together_with_a_text_salt(run):
    src = (
        "import hashlib\nimport hmac\nimport os\n\n\n"
        "def hash_password(password):\n"
        "    salt = os.urandom(8).hex()\n"
        "    return salt + '$' + hashlib.sha1((salt + password).encode()).hexdigest()  # <-\n\n\n"
        "def check_password(password, stored):\n"
        "    salt, digest = stored.split('$', 1)\n"
        "    return hmac.compare_digest(hashlib.sha1((salt + password).encode()).hexdigest(), digest)\n"
    )
    result = run(HASH, src)
    assert isinstance(result, CodemodResult) and "`check_password`" in result.summary
    new = 'hashlib.pbkdf2_hmac("sha256", (salt + password).encode(), salt.encode(), 600_000).hex()'
    assert result.source.count(new) == 2 and "sha1" not in result.source
    namespace: dict = {}
    exec(compile(result.source, "app.py", "exec"), namespace)  # noqa: S102 - the patched fixture
    stored = namespace["hash_password"]("pw")
    assert namespace["check_password"]("pw", stored) and not namespace["check_password"]("no", stored)
