import flask
from urllib.parse import unquote


def init(app):
    def run_case_35584():
        RESPONSE = ""
        param = flask.request.environ.get("HTTP_X_BENCHMARKTES", "")
        bar = unquote(param)
        hash_name = 'md5'
        switch_target = "XYZ"[1]
        match switch_target:
            case 'Y':
                picked = 'sha512'
            case 'X':
                picked = hash_name
            case _:
                picked = hash_name
        import hashlib
        digest = getattr(hashlib, picked)(bar.encode("utf-8")).hexdigest()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        RESPONSE += "Sensitive value hashed and stored"
        return RESPONSE

    app.add_url_rule("/benchmark/hash/Test35584", endpoint="run_case_35584", view_func=run_case_35584, methods=["GET", "POST"])
