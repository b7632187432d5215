from flask import request
import io
import pickle
import helpers.separate_request
import helpers.utils


def init(app):
    def run_case_44126():
        RESPONSE = ""
        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest44126")
        map = {'a': 'default'}
        map.update({'b': param, 'c': 'safe!'})
        arg = map.pop('b')
        d = dict(zip(['first', 'second', 'third'], [arg, 'safe!', 'lorem']))
        raw = d['third']
        bar = ""
        bar += raw
        obj = pickle.Unpickler(io.BytesIO(bytes.fromhex(bar))).load()
        RESPONSE += helpers.utils.escape_for_html(str(obj is not None))
        return RESPONSE

    app.add_url_rule("/benchmark/deserialization/Test44126", endpoint="run_case_44126", view_func=run_case_44126, methods=["GET", "POST"])
