import ast
import json

from flask import request

DEFAULTS = "{'retries': 3}"


def parse_settings():
    settings = ast.literal_eval(request.args["settings"])
    payload = json.loads(request.get_data())
    table = eval("{'a': 1}")
    expr = compile("1 + 1", "<const>", "eval")
    exec(expr)
    return settings, payload, table, ast.literal_eval(DEFAULTS)


def startup_script(path):
    # Environment values are the operator's configuration, not outside input.
    import os

    return compile(os.environ.get("APP_STARTUP", "pass"), path, "exec")
