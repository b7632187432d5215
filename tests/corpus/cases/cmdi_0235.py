from flask import request
import helpers.separate_request


def init(app):
    @app.route("/bench/cmdi/19966", methods=["GET", "POST"])
    def cmdi_case_19966():
        RESPONSE = ""
        wrapper = helpers.separate_request.request_wrapper(request)
        param = wrapper.get_form_parameter("BenchmarkTest19966")
        map = {}
        map['keyB-1234'] = param
        map['keyB-1234'] = 'safe!'
        bar = map['keyB-1234']
        import helpers.utils
        import subprocess
        command = "du -sh /srv/exports/%s" % bar
        out = subprocess.check_output(command, shell=True)
        status = len(out)
        RESPONSE += helpers.utils.escape_for_html(str(status))
        return RESPONSE
