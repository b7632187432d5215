"""Helper modules shared by the case modules (imported as ``helpers.<name>``)."""
