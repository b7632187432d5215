import configparser
from dataclasses import dataclass
import helpers.pipeline


@dataclass
class Query:
    text: str
    page: int = 1


def normalise_input(name):
    config = configparser.ConfigParser()
    config.add_section("section1")
    config.set("section1", "value", name)
    raw = config.get("section1", "value")
    piece = helpers.pipeline.run([helpers.pipeline.Transformer(), helpers.pipeline.Trimmer()], raw)
    chunk = Query(text=piece).text
    return chunk
