"""Reporters: one small class per output format, chosen by name."""
