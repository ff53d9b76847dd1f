"""Versions of an agreement: reading one at a git revision, and comparing two (`diff`)."""
