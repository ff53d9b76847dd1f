"""The drafting engine: clause templates to a numbered, cross-referenced document tree."""
