"""Uploads and file serving inside a base folder."""

import os
import shutil
import uuid
from pathlib import Path

ALLOWED_EXTENSIONS = {".png", ".jpg", ".gif", ".pdf"}


def safe_join(base: str, user_path: str) -> Path:
    """Resolve a user-supplied path and refuse anything outside the base directory (path traversal)."""
    root = Path(base).resolve()
    target = (root / user_path).resolve()
    if not target.is_relative_to(root):
        raise PermissionError(f"{user_path} escapes {base}")
    return target


def save_upload(stream, filename: str, upload_dir: str) -> Path:
    """Store an uploaded file under a random name, keeping only allowed extensions."""
    extension = os.path.splitext(filename)[1].lower()
    if extension not in ALLOWED_EXTENSIONS:
        raise ValueError(f"file type {extension} not allowed")
    target = Path(upload_dir) / f"{uuid.uuid4().hex}{extension}"
    with open(target, "wb") as out:
        shutil.copyfileobj(stream, out)
    return target


def read_text_file(base: str, name: str) -> str:
    """Return the contents of a text file from the documents folder."""
    return safe_join(base, name).read_text(encoding="utf-8")


def remove_temp_files(folder: str, older_than_seconds: float, now: float) -> int:
    """Delete temporary files older than a cutoff; returns the number removed."""
    removed = 0
    for entry in os.scandir(folder):
        if entry.is_file() and now - entry.stat().st_mtime > older_than_seconds:
            os.remove(entry.path)
            removed += 1
    return removed


def file_checksum(path: str) -> str:
    """SHA-256 of a file, read in blocks so large files fit in memory."""
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(65536), b""):
            digest.update(block)
    return digest.hexdigest()
