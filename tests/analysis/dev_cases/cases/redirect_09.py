from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/tenant")
def tenant_home():
    host = request.args.get("tenant_host", "app.example.com")
    return redirect("https://" + host + "/welcome")
