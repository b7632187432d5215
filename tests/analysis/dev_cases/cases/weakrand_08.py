import random

from fastapi import FastAPI

app = FastAPI()


@app.post("/pin")
def new_pin():
    digits = random.sample(range(10), 6)
    pin = "".join(str(d) for d in digits)
    return {"pin_length": len(pin)}
