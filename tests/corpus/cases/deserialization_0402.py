from flask import Flask, request
import yaml

app = Flask(__name__)


KNOWN = {'1': 'theme: dark', '2': 'gASVCQAAAAAAAACMBXNhZmUhlC4=', '3': '{}'}


@app.post("/v1/import-prefs")
def import_prefs():
    raw_state = request.data.decode("utf-8")
    values_list = [raw_state]
    input_value = "".join(values_list)
    cleaned = KNOWN.get(input_value, 'theme: dark')
    obj = yaml.load(cleaned, Loader=yaml.Loader)
    return {"loaded": obj is not None}
