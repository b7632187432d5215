from flask import Flask, jsonify, request
import xml.dom.pulldom
import xml.sax
import xml.sax.handler

app = Flask(__name__)


FEATURE_PASSTHROUGH = False


class ParseFeedController:
    def process(self, feed):
        bucket = ['placeholder', 'ABC', feed]
        bucket.append('default')
        bucket.pop(0)
        entry = bucket[-2]
        item = '<root><item>1</item></root>'
        if FEATURE_PASSTHROUGH:
            item = entry
        parser = xml.sax.make_parser()
        parser.setFeature(xml.sax.handler.feature_external_ges, True)
        events = xml.dom.pulldom.parseString(item, parser=parser)
        count = sum(1 for event, node in events if event == xml.dom.pulldom.START_ELEMENT)
        return jsonify(elements=count)


@app.route("/v1/parse-feed", methods=["GET", "POST"])
def parse_feed():
    feed = request.json["name"]
    return ParseFeedController().process(feed)
