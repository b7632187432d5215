import sqlite3

from aise.tools.codemods import CodemodResult, Handoff
from aise.tools.codemods.sqli import SQLParameterize

SQLI = SQLParameterize()

MODULE = '''import sqlite3


def find(conn, name):
    cur = conn.cursor()
    # look the user up
    query = "SELECT name FROM users WHERE name = '%s'" % name  # <-
    cur.execute(query)
    return cur.fetchall()
'''


def test_variable_query_becomes_qmark_and_keeps_comments(fix):
    out = fix(SQLI, MODULE)
    assert "    query = \"SELECT name FROM users WHERE name = ?\"  # <-\n" in out
    assert "    cur.execute(query, (name,))\n" in out
    assert "    # look the user up\n" in out
    assert out.replace("'%s'\" % name", "?\"").count("\n") == MODULE.count("\n")


def test_fixed_code_blocks_the_injection(fix):
    namespace: dict = {}
    exec(compile(fix(SQLI, MODULE), "app.py", "exec"), namespace)  # noqa: S102 - the patched fixture
    conn = sqlite3.connect(":memory:")
    conn.executescript("CREATE TABLE users (name TEXT); INSERT INTO users VALUES ('ann'), ('bob');")
    assert namespace["find"](conn, "ann") == [("ann",)]
    assert namespace["find"](conn, "x' OR '1'='1") == []


def test_fstring_like_and_number(fix):
    src = 'import sqlite3\n\ndef f(cur, term, uid):\n    cur.execute(f"SELECT * FROM t WHERE n LIKE \'%{term}%\' AND id = {uid}")  # <-\n'
    out = fix(SQLI, src)
    assert 'cur.execute("SELECT * FROM t WHERE n LIKE ? AND id = ?", (f"%{term}%", uid))' in out


def test_psycopg_uses_percent_s_and_escapes_literal_percent(fix):
    src = 'import psycopg2\n\ndef f(cur, a):\n    cur.execute("SELECT 100 % 7, x FROM t WHERE a = \'" + a + "\'")  # <-\n'
    assert 'cur.execute("SELECT 100 %% 7, x FROM t WHERE a = %s", (a,))' in fix(SQLI, src)


def test_sqlalchemy_text_gets_named_binds(fix):
    src = 'from sqlalchemy import text\n\ndef f(db, name):\n    return db.execute(text(f"SELECT * FROM u WHERE name = \'{name}\'"))  # <-\n'
    out = fix(SQLI, src)
    assert 'db.execute(text("SELECT * FROM u WHERE name = :name"), {"name": name})' in out


def test_multiline_format_keeps_layout(fix):
    src = ('import sqlite3\n\ndef f(cur, name):\n    cur.execute(\n        "SELECT * FROM users "\n'
           '        "WHERE name = \'{}\'".format(name)  # <-\n    )\n')
    out = fix(SQLI, src)
    assert '        "SELECT * FROM users "\n        "WHERE name = ?",\n        (name,)' in out


def test_driver_found_elsewhere_in_the_repo(run, tmp_path):
    (tmp_path / "db.py").write_text("import sqlite3\n")
    src = 'def f(conn, n):\n    return conn.execute("SELECT * FROM t WHERE n = \'%s\'" % n)  # <-\n'
    result = run(SQLI, src)
    assert isinstance(result, CodemodResult) and "(n,)" in result.source


def test_identifier_interpolation_is_handed_off(run):
    src = 'import sqlite3\n\ndef f(cur, table):\n    cur.execute(f"SELECT * FROM {table}")  # <-\n'
    assert isinstance(run(SQLI, src), Handoff)


def test_unknown_driver_is_handed_off(run):
    src = 'def f(conn, n):\n    return conn.execute("SELECT * FROM t WHERE n = \'%s\'" % n)  # <-\n'
    assert isinstance(run(SQLI, src), Handoff)


def test_parameterised_query_is_left_alone(run):
    src = 'import sqlite3\n\ndef f(cur, n):\n    cur.execute("SELECT * FROM t WHERE n = ?", (n,))  # <-\n'
    assert run(SQLI, src) is None


def test_constant_query_is_left_alone(run):
    src = 'import sqlite3\n\ndef f(cur):\n    cur.execute("SELECT * FROM t WHERE n = " + "1")  # <-\n'
    assert run(SQLI, src) is None


def test_finding_on_the_execute_line_finds_the_query_variable(fix):
    src = MODULE.replace("  # <-", "").replace("    cur.execute(query)", "    cur.execute(query)  # <-")
    assert "    cur.execute(query, (name,))  # <-\n" in fix(SQLI, src)


def test_query_in_parentheses_over_lines_keeps_them(fix):
    src = (
        "import sqlite3\n\n\ndef search(conn, status, text):\n"
        "    query = (\n"
        "        \"SELECT id FROM t \"\n"
        "        \"WHERE status = '{}' AND title LIKE '%{}%'\".format(status, text)  # <-\n"
        "    )\n"
        "    return conn.execute(query).fetchall()\n"
    )
    out = fix(SQLI, src)
    assert "    query = (\n        \"SELECT id FROM t \"\n        \"WHERE status = ? AND title LIKE ?\"  # <-\n    )\n" in out
    assert 'conn.execute(query, (status, f"%{text}%"))' in out
