from flask import Flask, request

app = Flask(__name__)

EVALUATORS = {"python": eval, "literal": None}


@app.get("/evaluate")
def evaluate():
    engine = EVALUATORS["python"]
    return {"value": str(engine(request.args.get("expr", "1")))}
