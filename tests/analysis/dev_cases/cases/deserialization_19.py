import io

import numpy as np
from flask import Flask, request

app = Flask(__name__)


@app.post("/array")
def array_upload():
    array = np.load(io.BytesIO(request.get_data()), allow_pickle=False)
    return {"shape": list(array.shape)}
