"""Reads request values on behalf of a route."""


class request_wrapper:
    def __init__(self, request):
        self.request = request

    def get_form_parameter(self, name):
        return self.request.form.get(name)

    def get_query_parameter(self, name):
        return self.request.args.get(name)

    def get_header_value(self, name):
        return self.request.headers.get(name)

    def get_default_value(self, name):
        return "bar"
