from aise.tools.codemods import CodemodResult
from aise.tools.codemods.debug import DebugFromEnv
from aise.tools.codemods.secrets import SecretFromEnv
from aise.tools.codemods.tempfile_mktemp import MkstempNotMktemp
from aise.tools.codemods.tls import VerifyTLS


def test_verify_false_becomes_true(fix, run):
    src = "import requests\nr = requests.get(u, verify=False, timeout=5)  # <-\n"
    assert "requests.get(u, verify=True, timeout=5)  # <-" in fix(VerifyTLS(), src)
    assert run(VerifyTLS(), "import requests\nr = requests.get(u, verify='/ca.pem')  # <-\n") is None


def test_mktemp_becomes_mkstemp(fix, run):
    src = "import tempfile\n\ndef f():\n    path = tempfile.mktemp(suffix='.csv')  # <-\n    return path\n"
    out = fix(MkstempNotMktemp(), src)
    assert "    fd, path = tempfile.mkstemp(suffix='.csv')  # <-\n    os.close(fd)\n" in out
    assert run(MkstempNotMktemp(), "import tempfile\nfd, p = tempfile.mkstemp()  # <-\n") is None


def test_debug_true_follows_environment(fix, run):
    src = "from flask import Flask\n\napp = Flask(__name__)\napp.run(port=1, debug=True)  # <-\n"
    assert 'app.run(port=1, debug=os.environ.get("FLASK_DEBUG") == "1")' in fix(DebugFromEnv(), src)
    assert run(DebugFromEnv(), "app.run(debug=False)  # <-\n") is None


def test_secret_becomes_env_lookup_with_rotation_note(run):
    result = run(SecretFromEnv(), 'import os\n\nSMTP_PASSWORD = "Summer2024!mailer"  # <-\n')
    assert isinstance(result, CodemodResult)
    assert 'SMTP_PASSWORD = os.environ.get("SMTP_PASSWORD")  # <-' in result.source
    assert "Summer2024" not in result.summary and "Rotate" in result.notes[0] and "SMTP_PASSWORD" in result.notes[0]


def test_signing_key_gets_random_fallback(fix):
    out = fix(SecretFromEnv(), 'app.config["SECRET_KEY"] = "dev-key-1234567"  # <-\n')
    assert 'app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY") or secrets.token_hex(32)' in out


def test_secret_already_from_environment_is_left_alone(run):
    assert run(SecretFromEnv(), 'import os\nKEY = os.environ.get("KEY", "")  # <-\n') is None
