import pickle

from flask import Flask, request

app = Flask(__name__)


class SafeUnpickler(pickle.Unpickler):
    ALLOWED = {("builtins", "list"), ("builtins", "dict"), ("builtins", "str")}

    def find_class(self, module, name):
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed")
        return super().find_class(module, name)


@app.post("/restore-restricted")
def restore_restricted():
    import io

    data = SafeUnpickler(io.BytesIO(request.get_data())).load()
    return {"size": len(data)}
