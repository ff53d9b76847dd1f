"""The register (`collabagree list`): one row per agreement with its dates and its health.

`collect` walks and checks the files (in parallel like `check`) and returns sorted rows;
`table`, `csv_format`, `json_format` and `ics` write them.
"""
