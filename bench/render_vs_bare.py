"""`render --to pdf` against the bare pipeline, and a 50-agreement batch, serial against 2 jobs.

    python bench/render_vs_bare.py [--rounds 7] [--batch 50] [--batch-rounds 3]

1. One example to PDF, both sides in this Python process, warm (imports done, templates
   compiled, after a thrown-away round):
   - ours: `render_file(path, RenderOptions(formats=("pdf",)))`: read, validate and lint
     the YAML, render the Markdown (sandboxed Jinja), pandoc to Typst (sandboxed, extensions
     off), Typst to PDF/A-2a + PDF/UA-1 in an empty root, atomic write;
   - bare: the same Markdown (our `.md` output, made once beforehand) through `pandoc
     --from=markdown --to=typst --standalone --template=templates/agreement.typ`, then
     `typst.compile(..., format="pdf")` with the same PDF standards and the embedded fonts
     only, and the bytes written to a file. Same template and standards, so both make the
     same kind of document; what differs is our validation, escaping and sandboxing.
   Target: ours at most 1.3 times bare.
   The same comparison through the command line (`collabagree render --to pdf` against a
   `python -c` running the bare pipeline) is printed too: there start-up counts as well.
2. A batch of generated agreements to md, html, docx and pdf with the command line,
   `--jobs 1` against `--jobs 2`, into fresh output folders.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate
from harness import (
    ROOT,
    child_env,
    command,
    describe,
    header,
    interleave,
    median,
    tool,
    verdict,
)

EXAMPLE = ROOT / "examples" / "uk-food-bank-funding.yaml"
TEMPLATE = ROOT / "templates" / "agreement.typ"
STANDARDS = ["a-2a", "ua-1"]

# The bare pipeline as a user would write it by hand (used in-process and as `python -c`).
BARE_SOURCE = '''
import subprocess, sys, typst, pypandoc
markdown, template, out = sys.argv[1:4]
typ = subprocess.run([pypandoc.get_pandoc_path(), "--from=markdown", "--to=typst",
                      "--standalone", "--template=" + template, markdown],
                     capture_output=True, check=True).stdout
pdf = typst.compile(typ, format="pdf", pdf_standards=sys.argv[4].split(","),
                    ignore_system_fonts=True)
open(out, "wb").write(pdf)
'''


def bare_pdf(markdown: Path, out: Path) -> None:
    """The bare pipeline in this process."""
    argv = sys.argv
    try:
        sys.argv = ["bare", str(markdown), str(TEMPLATE), str(out), ",".join(STANDARDS)]
        exec(compile(BARE_SOURCE, "<bare pipeline>", "exec"), {})  # noqa: S102 - our own text
    finally:
        sys.argv = argv


def single_pdf(work: Path, rounds: int) -> float:
    """Ours against bare for one example; returns the in-process ratio."""
    from collabagree.render.document import RenderOptions, render_file

    md_out = work / "md"
    outcome = render_file(str(EXAMPLE), RenderOptions(formats=("md",), output_dir=md_out))
    assert outcome.status == "rendered", outcome
    markdown = outcome.outputs[0]
    ours_options = RenderOptions(formats=("pdf",), output_dir=work / "ours")

    def ours() -> None:
        result = render_file(str(EXAMPLE), ours_options)
        assert result.status == "rendered", result

    contenders = {"ours (render_file)": ours,
                  "bare (pandoc + typst)": lambda: bare_pdf(markdown, work / "bare.pdf")}
    print(f"one example to PDF, in-process ({EXAMPLE.name}, {rounds} rounds after a warm-up):")
    times = interleave(contenders, rounds, label="pdf in-process")
    for name in contenders:
        print(f"  {name:24} {describe(times[name])}")
    ratio = median(times["ours (render_file)"]) / median(times["bare (pandoc + typst)"])
    print(f"  ratio ours/bare: {ratio:.2f}")
    print()
    cli = {
        "collabagree render": command([tool("collabagree"), "render", "--to", "pdf", "-o",
                                       str(work / "cli"), str(EXAMPLE)], ok_codes=(0,)),
        "python -c <bare>": command([sys.executable, "-c", BARE_SOURCE, str(markdown),
                                     str(TEMPLATE), str(work / "bare-cli.pdf"), ",".join(STANDARDS)],
                                    ok_codes=(0,)),
    }
    print(f"the same through the command line (start-up included, {rounds} rounds):")
    cli_times = interleave(cli, rounds, label="pdf command line")
    for name in cli:
        print(f"  {name:24} {describe(cli_times[name])}")
    cli_ratio = median(cli_times["collabagree render"]) / median(cli_times["python -c <bare>"])
    print(f"  ratio ours/bare: {cli_ratio:.2f}")
    print()
    return ratio


def batch(work: Path, count: int, rounds: int) -> float:
    """`render --to md,html,docx,pdf` of `count` agreements, --jobs 1 against --jobs 2."""
    sources = work / "batch-src"
    generate(sources, count)
    runs = {"jobs": 0}

    def render(jobs: int) -> None:
        runs["jobs"] += 1
        out = work / f"batch-out-{runs['jobs']}"
        proc = subprocess.run([tool("collabagree"), "render", "--to", "md,html,docx,pdf",
                               "--jobs", str(jobs), "-o", str(out), str(sources)],
                              capture_output=True, text=True, env=child_env(), check=False)
        if proc.returncode != 0:
            raise SystemExit(f"render --jobs {jobs} exited {proc.returncode}: {proc.stderr.strip()[:300]}")

    contenders = {"--jobs 1": lambda: render(1), "--jobs 2": lambda: render(2)}
    print(f"batch of {count} agreements to md, html, docx and pdf ({rounds} rounds after a warm-up):")
    times = interleave(contenders, rounds, label="batch")
    for name in contenders:
        print(f"  {name:10} {describe(times[name])}; CPU median {median(times.cpu[name]):.1f} s; "
              f"{median(times[name]) / count * 1000:.0f} ms per agreement")
    speedup = median(times["--jobs 1"]) / median(times["--jobs 2"])
    print(f"  speed-up with 2 jobs: {speedup:.2f}x")
    print()
    return speedup


def main(argv: list[str] | None = None) -> int:
    """Run both comparisons and print the verdict."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--batch-rounds", type=int, default=3)
    args = parser.parse_args(argv)
    header("render: --to pdf against the bare pandoc + typst pipeline; batch serial vs --jobs 2")
    with tempfile.TemporaryDirectory(prefix="collabagree-bench-render-") as tmp:
        ratio = single_pdf(Path(tmp), args.rounds)
        speedup = batch(Path(tmp), args.batch, args.batch_rounds) if args.batch else None
    print("summary:")
    print(f"  pdf, ours/bare in-process: {ratio:.2f} (target <= 1.30): {verdict(ratio <= 1.3)}")
    if speedup is not None:
        print(f"  batch of {args.batch}, --jobs 2 speed-up over --jobs 1: {speedup:.2f}x (no fixed target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
