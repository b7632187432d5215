from importlib.metadata import EntryPoint

import pytest

from aise.errors import PluginError
from aise.models import Confidence, Finding, Location, Severity
from aise.tools.codemods import BUILTIN_CODEMODS, codemods_for, load_codemods
from aise.tools.codemods import registry as registry_module
from aise.tools.codemods.sqli import SQLParameterize


def test_builtins_have_unique_ids_cwes_and_docs():
    codemods = load_codemods(third_party=False)
    assert len(codemods) == len(BUILTIN_CODEMODS) == 16
    for codemod in codemods.values():
        assert codemod.metadata.cwes or codemod.metadata.rules
        assert type(codemod).__module__ and (codemod.__class__.__doc__ or __import__(type(codemod).__module__).__doc__)


def test_duplicate_plugin_id_raises(monkeypatch):
    class Again(SQLParameterize):
        pass

    monkeypatch.setattr(registry_module, "entry_points", lambda group: [
        EntryPoint(name="again", value="x:y", group=group)
    ])
    monkeypatch.setattr(EntryPoint, "load", lambda self: Again)
    with pytest.raises(PluginError, match="registered twice"):
        load_codemods()


def test_codemods_for_selects_by_rule_and_cwe():
    finding = Finding(fingerprint="a" * 32, rule_id="bandit:B608", scanners=("bandit",), rule_ids=("bandit:B608",),
                      cwe=(89,), severity=Severity.MEDIUM, confidence=Confidence.MEDIUM, message="m",
                      location=Location(path="a.py", start_line=1, end_line=1))
    assert [c.id for c in codemods_for(finding, load_codemods(third_party=False))] == ["aise:sqli-parameterize"]
