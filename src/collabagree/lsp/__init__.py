"""`collabagree lsp`: a language server (pygls) for agreement files.

- `positions`: 1-based code-point spans to LSP's 0-based UTF-16 ranges;
- `checking`: check one open document as `check` would (configuration and suppressions);
- `diagnostics`: findings as LSP diagnostics;
- `suppress`: the edits that add a suppression comment for a finding;
- `server`: the features (diagnostics on open, change and save; hover; code actions).
"""
