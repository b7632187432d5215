import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/port-check")
def port_check(port: int):
    result = subprocess.run(f"nc -z localhost {port}", shell=True)
    return {"open": result.returncode == 0}
