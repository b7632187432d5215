"""Parsing untrusted input formats safely."""

import json
import xml.etree.ElementTree as ElementTree

import yaml


def load_config_yaml(text: str) -> dict:
    """Parse a YAML configuration with the safe loader (no arbitrary objects)."""
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError("configuration must be a mapping")
    return data


def parse_json_body(raw: bytes, max_bytes: int = 1_000_000) -> dict:
    """Decode a JSON request body, refusing bodies that are too large."""
    if len(raw) > max_bytes:
        raise ValueError("request body too large")
    return json.loads(raw.decode("utf-8"))


def parse_invoice_xml(text: str) -> list[dict]:
    """Read line items from an invoice XML document."""
    root = ElementTree.fromstring(text)
    return [{"sku": item.get("sku"), "qty": int(item.findtext("qty", "0"))} for item in root.iter("item")]


def to_csv_row(values: list) -> str:
    """Format values as one CSV line, quoting cells and neutralising spreadsheet formulas."""
    cells = []
    for value in values:
        text = str(value)
        if text.startswith(("=", "+", "-", "@")):
            text = "'" + text
        cells.append('"' + text.replace('"', '""') + '"')
    return ",".join(cells)
