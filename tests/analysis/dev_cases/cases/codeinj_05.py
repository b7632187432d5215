from fastapi import FastAPI

app = FastAPI()


@app.get("/formula")
def formula(expression: str):
    return {"result": eval(expression)}
