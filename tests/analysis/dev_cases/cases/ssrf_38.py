import socket

from flask import Flask, request

app = Flask(__name__)


@app.get("/port-probe")
def port_probe():
    host = request.args.get("host", "localhost")
    with socket.create_connection((host, 80), timeout=2) as sock:
        sock.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
    return {"ok": True}
