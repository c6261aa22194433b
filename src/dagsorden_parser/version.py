"""The package's version (the parser version recorded with every converted document)."""

__version__ = "0.1.0"
