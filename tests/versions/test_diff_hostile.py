"""Whatever the files hold, `diff` answers 0, 1 or one clear error: never a traceback."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collabagree.core.errors import CollabagreeError
from collabagree.versions.command import run_diff_command
from support import EXAMPLES

EXAMPLE = (EXAMPLES / "uk-food-bank-funding.yaml").read_text(encoding="utf-8")
# Pieces of YAML and of the example, so that many inputs get past the parser.
PIECES = st.sampled_from([*EXAMPLE.splitlines()[:120], "collabagree: 1", "- [", "{a: b}", "&a x",
                          "*a", "? k", "\t", "'", "\x1b[31m", "\u202e", "total: -1", "id: \"\""])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=40))
def test_any_new_version_gives_an_answer_or_one_error(tmp_path: Path, lines: list[str]) -> None:
    (tmp_path / "old.yaml").write_text(EXAMPLE, encoding="utf-8")
    (tmp_path / "new.yaml").write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    out = io.StringIO()
    try:
        code = run_diff_command("old.yaml", "new.yaml", "text", out, cwd=tmp_path)
    except CollabagreeError as error:
        assert "\n" not in str(error)
    else:
        assert code in (0, 1)
