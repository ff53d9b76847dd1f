"""The one place where errors become exit code 2 and one clear line on stderr."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from collabagree.core.errors import CollabagreeError
from collabagree.core.visible import visible

EXIT_USAGE = 2


def run_guarded(entry: Callable[[], object], argv: list[str]) -> int:
    """Run the CLI; map our errors and unexpected ones to exit 2 without a traceback.

    The traceback is shown only with `--debug` (looked up in argv, because an error may
    happen before Typer has parsed the options).
    """
    debug = "--debug" in argv
    try:
        entry()
    except SystemExit as exit_:
        code = exit_.code
        return code if isinstance(code, int) else (0 if code is None else EXIT_USAGE)
    except CollabagreeError as error:
        if debug:
            traceback.print_exc()
        # Messages echo paths and values from the user: one line, with no live control.
        print(f"collabagree: error: {visible(str(error))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("collabagree: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: never a bare traceback
        if debug:
            traceback.print_exc()
        print(f"collabagree: internal error: {type(error).__name__}: {visible(str(error))} "
              "(run with --debug for the traceback, and please report it)", file=sys.stderr)
        return EXIT_USAGE
    return 0
