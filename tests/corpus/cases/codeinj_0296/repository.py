import html


def execute(rule):
    result = eval("len(text) * 2", {"__builtins__": {"len": len}}, {"text": rule})
    return html.escape(str(result))
