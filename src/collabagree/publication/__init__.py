"""Publication and records (PUBLICATION.md): which values a redaction names, the public
version with each one withheld and marked by its ground, the redaction log, and the BagIt
archive of an agreement with its Dublin Core metadata."""
