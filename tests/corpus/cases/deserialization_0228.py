from flask import request
import yaml


def init(app):
    @app.route("/bench/deserialization/75426", methods=["GET", "POST"])
    def deserialization_case_75426():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        lst = [param, '{}', 'default', 'placeholder']
        lst.append('n/a')
        value = lst[-5]
        values_list = ['a_Value', value, 'theme: dark', '{}']
        values_list.append('x')
        piece = values_list[3]
        opts = {'keyA-1234': 'gASVCQAAAAAAAACMBXNhZmUhlC4=', 'keyB-1234': piece, 'keyC': 'static_value'}
        bar = opts['keyB-1234']
        obj = yaml.load(bar, Loader=yaml.UnsafeLoader)
        RESPONSE += "Loaded"
        return RESPONSE
