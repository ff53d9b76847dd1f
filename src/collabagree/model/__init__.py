"""Pydantic models of the agreement file format, one module per area."""

from collabagree.model.agreement import Agreement

__all__ = ["Agreement"]
