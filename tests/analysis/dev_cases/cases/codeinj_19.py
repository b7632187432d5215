from fastapi import FastAPI

app = FastAPI()


@app.get("/round")
def round_value(value: str):
    number = float(value)
    return {"result": eval(repr(number))}
