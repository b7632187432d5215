from fastapi import Body, FastAPI

app = FastAPI()


@app.post("/rules/test")
def test_rule(rule: str = Body(..., embed=True)):
    return {"matches": bool(eval(rule, {"__builtins__": {}}, {"x": 1}))}
