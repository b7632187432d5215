from flask import request
import os
import shutil
import urllib.parse
import helpers.files


def init(app):

    @app.route('/benchmark/pathtraver-01/BenchmarkTest72164', methods=['GET'])
    def BenchmarkTest72164_get():
        return BenchmarkTest72164_post()

    @app.route('/benchmark/pathtraver-01/BenchmarkTest72164', methods=['POST'])
    def BenchmarkTest72164_post():
        RESPONSE = ""

        param = request.get_data(as_text=True)
        part = urllib.parse.unquote(param)
        registry_map = {'mode': 'index.html'}
        value = registry_map.setdefault('mode', part)
        n = 47
        bar = 'report.txt'
        while (7 * 21) + n < 419:
            bar = value
            break
        shutil.copyfile(os.path.join(helpers.files.storage_root(), bar), "/tmp/export.bin")
        RESPONSE += "Exported"
        return RESPONSE
