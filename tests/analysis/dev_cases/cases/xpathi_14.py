import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)


@app.get("/xml/order")
def xml_order():
    order_id = int(request.args.get("id", "0"))
    root = ET.parse("/srv/data/orders.xml").getroot()
    return {"found": root.find(f".//order[@id='{order_id}']") is not None}
