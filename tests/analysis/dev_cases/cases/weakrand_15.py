import secrets

from fastapi import FastAPI

app = FastAPI()


@app.post("/pin-safe")
def new_pin_safe():
    pin = "".join(str(secrets.randbelow(10)) for _ in range(6))
    return {"pin_length": len(pin)}
