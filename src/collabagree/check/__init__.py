"""The check pipeline: discovery, configuration, one file end to end, many files, the command."""
