"""Thin wrappers around subprocess."""

import subprocess


def run_argv(*argv):
    return subprocess.run(list(argv), capture_output=True, check=False)


def run_line(line, **options):
    return subprocess.run(line, shell=True, capture_output=True, **options)
