import numpy as np
from flask import Flask

app = Flask(__name__)


@app.post("/verify/email")
def verification_code():
    code = int(np.random.randint(0, 10**6))
    return {"code_digits": len(str(code))}
