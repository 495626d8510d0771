"""Drafting and review help for CPS complaint response letters."""

__version__ = "0.1.0"
