from aise.tools.codemods import CodemodResult, FixContext, Handoff
from aise.tools.codemods.cookies import SecureCookie
from aise.tools.codemods.pathtraver import ContainPath
from aise.tools.codemods.redirect import SameSiteRedirect
from aise.tools.codemods.xss import EscapeHTML
from aise.tools.codemods.xxe import DefusedXML

FLASK = "import os\n\nfrom flask import Flask, redirect, render_template_string, request, send_file\n\n"


def test_send_file_of_joined_path_becomes_send_from_directory(fix):
    out = fix(ContainPath(), FLASK + "def d(n):\n    return send_file(os.path.join(BASE, n))  # <-\n")
    assert "return send_from_directory(BASE, n)  # <-" in out
    assert "redirect, render_template_string, request, send_from_directory\n" in out  # send_file unused now


def test_join_behind_a_variable_gets_safe_join(fix):
    src = FLASK + "def d(n):\n    p = os.path.join(BASE, n)\n    return open(p).read()  # <-\n"
    out = fix(ContainPath(), src)
    assert "p = safe_join(BASE, n) or abort(404)" in out and "from werkzeug.security import safe_join" in out


def test_plain_python_gets_realpath_helper_that_blocks_escape(fix):
    src = "import os\n\n\ndef read(name):\n    return open(os.path.join('/srv', name)).read()  # <-\n"
    out = fix(ContainPath(), src)
    namespace: dict = {}
    exec(compile(out, "m.py", "exec"), namespace)  # noqa: S102 - the patched fixture
    assert namespace["_contained_path"]("/srv", "a/b.txt") == "/srv/a/b.txt"
    try:
        namespace["_contained_path"]("/srv", "../etc/passwd")
    except ValueError:
        pass
    else:
        raise AssertionError("escape not refused")


def test_path_without_base_is_handed_off(run):
    assert isinstance(run(ContainPath(), FLASK + "def d(p):\n    return open(p).read()  # <-\n"), Handoff)


def test_redirect_gets_local_path_check(fix, run):
    out = fix(SameSiteRedirect(), FLASK + "def r():\n    return redirect(request.args['next'])  # <-\n")
    assert "return redirect(_safe_redirect_url(request.args['next']))  # <-" in out
    namespace: dict = {}
    exec(compile(out.split("def r():")[0], "m.py", "exec"), namespace)  # noqa: S102 - helper only
    safe = namespace["_safe_redirect_url"]
    assert safe("/orders?id=1") == "/orders?id=1"
    assert [safe(u) for u in ("https://evil.example", "//evil.example", "/\\evil.example", "javascript:x")] == ["/"] * 4
    assert run(SameSiteRedirect(), FLASK + "def r():\n    return redirect('/home')  # <-\n") is None


def test_cookie_flags_added(fix, run):
    src = "def p(resp, v):\n    resp.set_cookie('theme', v)  # <-\n"
    assert "resp.set_cookie('theme', v, secure=True, httponly=True, samesite=\"Lax\")" in fix(SecureCookie(), src)
    safe = "def p(resp, v):\n    resp.set_cookie('t', v, secure=True, httponly=True, samesite='Strict')  # <-\n"
    assert run(SecureCookie(), safe) is None


def test_xss_fixes(fix, run):
    rts = FLASK + "def h():\n    return render_template_string('<h1>' + request.args['name'] + '</h1>')  # <-\n"
    assert "render_template_string('<h1>{{ name }}</h1>', name=request.args['name'])" in fix(EscapeHTML(), rts)
    markup = "from markupsafe import Markup\nb = Markup(f'<b>{name}</b>')  # <-\n"
    assert "b = Markup('<b>{}</b>').format(name)" in fix(EscapeHTML(), markup)
    html = "def w(name):\n    return f'<p>Hi {name}</p>'  # <-\n"
    assert "return f'<p>Hi {escape(name)}</p>'" in fix(EscapeHTML(), html)
    env = "import jinja2\nenv = jinja2.Environment(loader=L)  # <-\n"
    assert "jinja2.Environment(loader=L, autoescape=True)" in fix(EscapeHTML(), env)
    assert run(EscapeHTML(), "import jinja2\nenv = jinja2.Environment(autoescape=True)  # <-\n") is None
    assert run(EscapeHTML(), FLASK + "def g():\n    return render_template_string(T, name=n)  # <-\n") is None


def test_xml_moves_to_defusedxml_and_requirement_added(run, tmp_path):
    (tmp_path / "requirements.txt").write_text("flask>=3\n")
    src = "import xml.etree.ElementTree as ET\n\ndef f(d):\n    return ET.fromstring(d)  # <-\n"
    result = run(DefusedXML(), src, ctx=FixContext(root=tmp_path))
    assert isinstance(result, CodemodResult)
    assert "return defusedxml.ElementTree.fromstring(d)" in result.source
    assert [(e.path, e.content) for e in result.edits] == [("requirements.txt", "flask>=3\ndefusedxml>=0.7\n")]


def test_xml_pyproject_dependency_and_lxml_parser(run, fix, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = [\n    "flask",\n]\n')
    result = run(DefusedXML(), "from xml.dom import minidom\nx = minidom.parseString(d)  # <-\n",
                 ctx=FixContext(root=tmp_path))
    assert isinstance(result, CodemodResult)
    assert result.edits[0].content == '[project]\nname = "x"\ndependencies = [\n    "flask",\n    "defusedxml>=0.7",\n]\n'
    lxml = "from lxml import etree\nt = etree.fromstring(d)  # <-\n"
    assert "etree.fromstring(d, parser=etree.XMLParser(resolve_entities=False, no_network=True))" in fix(DefusedXML(), lxml)


def test_safe_xml_is_left_alone(run):
    assert run(DefusedXML(), "import defusedxml.ElementTree as ET\nx = ET.fromstring(d)  # <-\n") is None


def test_sax_external_entities_are_turned_off(fix, run):
    src = (
        "import io\nimport xml.sax\nfrom xml.sax.handler import feature_external_ges\n\n\n"
        "def parse(body, handler):\n"
        "    parser = xml.sax.make_parser()\n"
        "    parser.setFeature(feature_external_ges, True)\n"
        "    parser.setContentHandler(handler)\n"
        "    parser.parse(io.BytesIO(body))  # <-\n"
    )
    out = fix(DefusedXML(), src, marker="parser.parse(")
    assert "parser.setFeature(feature_external_ges, False)\n" in out and "xml.sax.make_parser()" in out
    assert fix(DefusedXML(), src, marker="setFeature") == out
    assert run(DefusedXML(), out, marker="parser.parse(") is None  # nothing left to turn off
