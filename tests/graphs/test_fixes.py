"""How the fixer judges a patch's scope for the policy's approval rule."""

from __future__ import annotations

from aise.graphs.fixes import changes_outside

BLANK = " "  # a context line for an empty source line
INSIDE = "\n".join([
    "--- a/app.py", "+++ b/app.py",
    "@@ -1,3 +1,4 @@", " import hashlib", "+import secrets", BLANK, BLANK,
    "@@ -10,3 +11,3 @@ def token():", "     x = 1",
    "-    return hashlib.md5(x).hexdigest()", "+    return hashlib.sha256(x).hexdigest()", "",
])
OUTSIDE = "\n".join([
    "--- a/app.py", "+++ b/app.py",
    "@@ -2,2 +2,3 @@", " import hashlib", '+ALLOWED = {"a", "b"}', BLANK,
    "@@ -10,3 +11,3 @@ def token():", "     x = 1",
    "-    return hashlib.md5(x).hexdigest()", "+    return hashlib.sha256(x).hexdigest()", "",
])
OTHER_FILE = """--- a/requirements.txt
+++ b/requirements.txt
@@ -1 +1,2 @@
 flask
+defusedxml
"""


def test_imports_and_lines_inside_the_function_stay_inside() -> None:
    assert not changes_outside(INSIDE, "app.py", (9, 12))


def test_new_module_level_code_or_another_file_is_outside() -> None:
    assert changes_outside(OUTSIDE, "app.py", (9, 12))
    assert changes_outside(INSIDE + OTHER_FILE, "app.py", (9, 12))


def test_module_level_findings_are_scoped_to_their_file() -> None:
    assert not changes_outside(OUTSIDE, "app.py", None)
    assert changes_outside(OTHER_FILE, "app.py", None)
