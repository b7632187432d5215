"""aise: an autonomous AI security engineer for code repositories."""

__version__ = "0.1.0"

__all__ = ["__version__"]
