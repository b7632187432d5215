"""Algorithm choices."""

SETTINGS = {"digest": "sha256", "legacy_digest": "md5"}


def legacy_algorithm():
    return SETTINGS["legacy_digest"]


def preferred_algorithm():
    name = SETTINGS.get("digest", "sha256")
    return name.lower()
