from aise.tools.codemods import Handoff
from aise.tools.codemods.deserialization import EvalToLiteralEval, PickleToJson, YamlSafeLoad


def test_yaml_load_becomes_safe_load(fix):
    src = "import yaml\n\n\ndef f(text):\n    return yaml.load(text, Loader=yaml.Loader)  # <- parse\n"
    assert "    return yaml.safe_load(text)  # <- parse\n" in fix(YamlSafeLoad(), src)


def test_yaml_load_all_and_from_import(fix):
    assert "yaml.safe_load_all(t)" in fix(YamlSafeLoad(), "import yaml\nx = yaml.load_all(t)  # <-\n")
    out = fix(YamlSafeLoad(), "from yaml import load\nx = load(t)  # <-\n")
    assert "x = yaml.safe_load(t)" in out and "import yaml" in out


def test_safe_yaml_is_left_alone(run):
    assert run(YamlSafeLoad(), "import yaml\nx = yaml.safe_load(t)  # <-\n") is None
    assert run(YamlSafeLoad(), "import yaml\nx = yaml.load(t, Loader=yaml.SafeLoader)  # <-\n") is None


PICKLE = '''import base64
import pickle


def save(page: str) -> str:
    return base64.b64encode(pickle.dumps({"page": page, "step": 1})).decode()


def load(blob):
    return pickle.loads(base64.b64decode(blob))  # <-
'''


def test_pickle_of_json_shaped_data_moves_to_json(fix):
    out = fix(PickleToJson(), PICKLE)
    assert "import pickle" not in out and "import json" in out
    assert 'base64.b64encode(json.dumps({"page": page, "step": 1}).encode())' in out
    assert "return json.loads(base64.b64decode(blob))  # <-" in out
    namespace: dict = {}
    exec(compile(out, "app.py", "exec"), namespace)  # noqa: S102 - the patched fixture
    assert namespace["load"](namespace["save"]("cart")) == {"page": "cart", "step": 1}


def test_pickle_of_arbitrary_objects_is_handed_off(run):
    src = PICKLE.replace('{"page": page, "step": 1}', "page").replace("page: str", "page")
    assert isinstance(run(PickleToJson(), src), Handoff)


def test_eval_of_data_becomes_literal_eval(fix):
    src = "def parse_values(data):\n    return eval(data)  # <-\n"
    out = fix(EvalToLiteralEval(), src)
    assert out == "import ast\n\n\ndef parse_values(data):\n    return ast.literal_eval(data)  # <-\n" or (
        "ast.literal_eval(data)" in out and "import ast" in out
    )


def test_eval_of_expressions_is_handed_off_and_literal_eval_left_alone(run):
    assert isinstance(run(EvalToLiteralEval(), "def calc(expression):\n    return eval(expression)  # <-\n"), Handoff)
    assert run(EvalToLiteralEval(), "import ast\nx = ast.literal_eval(data)  # <-\n") is None
