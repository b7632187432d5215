from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/orders/open")
def open_order():
    order_id = request.args.get("id", "")
    return redirect("/orders/{}".format(order_id.replace("/", "")))
