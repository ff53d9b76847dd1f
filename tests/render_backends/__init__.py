"""Tests of the format back-ends: pandoc, Typst, text escaping, atomic writes."""
