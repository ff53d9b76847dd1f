"""Render each example once per session, to every format, for the render tests to read."""

from __future__ import annotations

import pytest

from support.render import EXAMPLE_PATHS, Rendered, render_all


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    out = tmp_path_factory.mktemp("rendered")
    return {path.stem: render_all(path, out) for path in EXAMPLE_PATHS}
