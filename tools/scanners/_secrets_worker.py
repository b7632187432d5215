"""Subprocess side of the detect-secrets scanner: scan files, print masked results.

Run as `python -P -m aise.tools.scanners._secrets_worker` with a JSON request on
stdin (`{"root": ..., "files": [...]}`). The secret itself never leaves this
process: each result carries the SHA-1 detect-secrets computes and the source
line with every occurrence of the secret masked.
"""

from __future__ import annotations

import json
import sys

MASK = "<redacted>"


def _masked_line(
    root: str, filename: str, line_number: int, secret: str | None, cache: dict[str, list[str]]
) -> str:
    if filename not in cache:
        try:
            with open(f"{root}/{filename}", encoding="utf-8", errors="replace") as handle:
                cache[filename] = handle.read().splitlines()
        except OSError:
            cache[filename] = []
    lines = cache[filename]
    line = lines[line_number - 1] if 0 < line_number <= len(lines) else ""
    if not secret or secret not in line:  # unknown or transformed value: show none of the line
        return MASK
    return line.replace(secret, MASK).rstrip()


def main() -> int:
    request = json.load(sys.stdin)
    root, files = request["root"], request["files"]
    from detect_secrets import SecretsCollection
    from detect_secrets.settings import default_settings

    collection = SecretsCollection(root=root)
    with default_settings():
        collection.scan_files(*files, num_processors=request.get("processes"))
    cache: dict[str, list[str]] = {}
    out = []
    for filename, secret in collection:
        out.append(
            {
                "path": filename,
                "line": secret.line_number,
                "type": secret.type,
                "hashed_secret": secret.secret_hash,
                "snippet": _masked_line(
                    root, filename, secret.line_number, secret.secret_value, cache
                ),
            }
        )
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
