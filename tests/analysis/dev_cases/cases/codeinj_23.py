import functools

from flask import Flask, request

app = Flask(__name__)


def run_code(source, mode):
    exec(compile(source, "<hook>", mode), {})


@app.post("/hooks/run")
def run_hook():
    runner = functools.partial(run_code, mode="exec")
    runner(request.get_data(as_text=True))
    return "ran"
