from aise.tools.codemods import Handoff
from aise.tools.codemods.cmdi import ShellToArgv

CMDI = ShellToArgv()


def test_fstring_shell_becomes_argv_and_keeps_comment(fix):
    src = 'import subprocess\n\ndef f(host):\n    subprocess.run(f"ping -c 1 {host}", shell=True)  # <- ping it\n'
    out = fix(CMDI, src)
    assert 'subprocess.run(["ping", "-c", "1", host])  # <- ping it\n' in out


def test_os_system_becomes_subprocess_with_exit_code(fix):
    src = "import os\n\n\ndef f(name):\n    rc = os.system(\"grep '%s' /etc/hosts\" % name)  # <-\n    return rc\n"
    out = fix(CMDI, src)
    assert 'rc = subprocess.run(["grep", name, "/etc/hosts"]).returncode' in out
    assert out.startswith("import subprocess\n\n")  # os is no longer used, so its import went


def test_variable_command_and_multiline_call(fix):
    src = ('import subprocess\n\ndef f(name, out):\n    cmd = "convert {} --out={}.png".format(name, out)\n'
           "    subprocess.Popen(\n        cmd,  # <-\n        shell=True,\n    )\n")
    out = fix(CMDI, src)
    assert '    cmd = ["convert", name, f"--out={out}.png"]\n' in out
    assert "    subprocess.Popen(\n        cmd,  # <-\n    )\n" in out


def test_popen_read_becomes_run_stdout(fix):
    src = 'import os\n\ndef f(h):\n    return os.popen("dig " + h).read()  # <-\n'
    assert 'subprocess.run(["dig", h], capture_output=True, text=True).stdout' in fix(CMDI, src)


def test_pipes_and_opaque_commands_are_handed_off(run):
    pipe = 'import subprocess\n\ndef f(h):\n    subprocess.run(f"cat {h} | wc -l", shell=True)  # <-\n'
    opaque = 'import subprocess\n\ndef f(cmd):\n    subprocess.run(cmd, shell=True)  # <-\n'
    program = 'import subprocess\n\ndef f(tool):\n    subprocess.run(f"{tool} --version", shell=True)  # <-\n'
    assert all(isinstance(run(CMDI, s), Handoff) for s in (pipe, opaque, program))


def test_list_form_and_constant_commands_are_left_alone(run):
    listed = 'import subprocess\n\ndef f(h):\n    subprocess.run(["ls", h])  # <-\n'
    constant = 'import subprocess\n\ndef f():\n    subprocess.run("ls -l", shell=True)  # <-\n'
    assert run(CMDI, listed) is None
    assert run(CMDI, constant) is None
