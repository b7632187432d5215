from flask import request, session
import helpers.separate_request


def init(app):
    @app.route("/bench/trustbound/97451", methods=["GET", "POST"])
    def trustbound_case_97451():
        RESPONSE = ""
        wrapper = helpers.separate_request.request_wrapper(request)
        param = wrapper.get_form_parameter("BenchmarkTest97451")
        if not param:
            param = ""
        opts = {}
        opts['k1'] = param
        opts['k2'] = 'none'
        opts['k3'] = 'placeholder'
        cleaned = opts['k1']
        seq = ['n/a', 'placeholder', cleaned]
        seq.remove('placeholder')
        seq.insert(0, 'default')
        bar = seq[-2]
        session["user"] = bar
        RESPONSE += "Saved"
        return RESPONSE
