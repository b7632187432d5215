"""Reads configuration values from the environment."""

import os


def get_secret(name):
    return os.environ.get(name, "")


def database_url():
    return os.environ.get("DATABASE_URL", "sqlite:///app.db")
