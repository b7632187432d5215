import pandas as pd
from flask import Flask, request

app = Flask(__name__)

FRAME = pd.DataFrame({"price": [1, 2, 3]})


@app.get("/frame-filter")
def frame_filter():
    condition = request.args.get("where", "price > 1")
    return {"rows": len(FRAME.query(condition))}
