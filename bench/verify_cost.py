"""What reading every output back costs (`render.verify`): `render_documents` of each
example to all four formats with the verification, against the same with it switched off,
in one process, interleaved. Target: verification adds at most half to the render time.

    python bench/verify_cost.py [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import ROOT, describe, header, interleave, median, verdict  # noqa: E402

from collabagree.load.reader import load_file  # noqa: E402
from collabagree.render import document  # noqa: E402
from collabagree.render.document import FORMATS, RenderOptions, render_documents  # noqa: E402
from collabagree.schema.validate import validate  # noqa: E402

TARGET_RATIO = 1.5


def main() -> None:
    """Time both contenders and print the ratio and the verdict."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    agreements = [validate(load_file(str(path)))[0] for path in sorted((ROOT / "examples").glob("*.yaml"))]
    options = RenderOptions(formats=FORMATS)
    checked = document._verify

    def with_verification() -> None:
        document._verify = checked
        for agreement in agreements:
            render_documents(agreement, options)

    def without() -> None:
        document._verify = lambda *_args, **_kwargs: None
        for agreement in agreements:
            render_documents(agreement, options)

    header("Verification of rendered outputs")
    times = interleave({"verified": with_verification, "unverified": without}, args.rounds, label="render")
    document._verify = checked
    for name in ("verified", "unverified"):
        print(f"{name:>10}: {describe(times[name])}")
    ratio = median(times["verified"]) / median(times["unverified"])
    print(f"ratio verified/unverified: {ratio:.2f} (target <= {TARGET_RATIO}): {verdict(ratio <= TARGET_RATIO)}")


if __name__ == "__main__":
    main()
