"""Write the hostile corpus in tests/hostile_corpus/ (committed; run again to regenerate).

    python tests/fuzz/make_hostile_corpus.py

Each file is one kind of attack or oddity; `test_hostile_corpus.py` holds what `check`
must answer for each. The few files that are too big to commit (3 MB, 100,000 values,
20,000 definitions) are made by the test itself, in a temporary folder.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile_text_corpus import TEXT_FILES

from support.fuzz import CORPUS, PAYLOADS, check, generate

MINIMAL = """collabagree: 1
agreement: {title: Hostile Corpus Agreement, type: mou, jurisdiction: UK-ENG, status: draft}
parties:
  - {id: council, name: Kestrel Vale Borough Council, kind: local_government}
  - {id: charity, name: Kestrel Food Bank, kind: charity}
purpose: {statement: To work together on food security in Kestrel Vale.}
term: {start: 2026-04-01, end: 2029-03-31}
"""


def billion_laughs() -> bytes:
    lines = ['collabagree: 1', 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    lines.append("background: *a9")
    return ("\n".join(lines) + "\n").encode()


def merge_bomb() -> bytes:
    lines = ["collabagree: 1", "m0: &m0 {k0: v, k1: v, k2: v, k3: v, k4: v, k5: v, k6: v, k7: v}"]
    for level in range(1, 12):
        lines.append(f"m{level}: &m{level}")
        lines.append(f"  <<: [*m{level - 1}]")
        lines.append(f"  x{level}: [*m{level - 1}, *m{level - 1}, *m{level - 1}, *m{level - 1}]")
    lines.append("definitions: *m11")
    return ("\n".join(lines) + "\n").encode()


def deep_block(levels: int) -> bytes:
    body = "".join("  " * depth + "a:\n" for depth in range(levels)) + "  " * levels + "a: 1\n"
    return (MINIMAL + "background:\n" + "".join("  " + line + "\n" for line in body.splitlines())).encode()


def with_payload(family: str) -> bytes:
    """A full example with the payload in every string the schema lets be free text."""
    examples = dict(generate.load_examples())
    data = examples["vic-gamblers-help-cross-sector"]
    payload = PAYLOADS[family]
    paths = [path for path, _ in _strings(data)]
    for path in paths:
        trial = _replaced(data, path, f"{_leaf(data, path)} {payload}")
        result, _ = check(generate.emit_yaml(trial).encode())
        if not any(finding.code.startswith(("SCH", "REF")) for finding in result.findings):
            data = trial
    header = f"# Hostile corpus: {family} injection in every free-text field of an example."
    return generate.emit_yaml(data, header).encode()


def _strings(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], str]]:
    if isinstance(node, str):
        return [(path, node)]
    if isinstance(node, dict):
        return [item for key, value in node.items() for item in _strings(value, path + (key,))]
    if isinstance(node, list):
        return [item for index, value in enumerate(node) for item in _strings(value, path + (index,))]
    return []


def _leaf(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _replaced(data: Any, path: tuple[Any, ...], value: str) -> Any:
    copied = copy.deepcopy(data)
    target = copied
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copied


def _with_locale(locale: str) -> bytes:
    return MINIMAL.replace("status: draft}", f"status: draft, locale: {locale}}}").encode()


# Long input for the rules (issue 12, class 3): each of these took seconds to minutes in one
# rule whose pattern rescanned the text from every position. `LONG` characters each.
LONG = 50_000


def _repeated(unit: str, size: int = LONG) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def long_mail_channel() -> bytes:
    """TXT004: a contact channel of one long run of local-part characters, then a webmail address."""
    channel = "a" * LONG + " kv@gmail.com"
    return MINIMAL.replace("kind: charity}", f"kind: charity, contact: {{role: Chief Officer, channel: '{channel}'}}}}").encode()


def negated_channels() -> bytes:
    """INF012: a channel named after a negation, and "Messenger" after a product name, again and again."""
    return (MINIMAL + "information:\n  records:\n    channels_allowed:\n"
            f"      - '{_repeated('not WhatsApp ')}'\n"
            f"communication:\n  channels:\n      - '{_repeated('Secure Messenger ')}'\n"
            f"      - 'whats{' ' * LONG}app'\n").encode()


def unclosed_placeholders() -> bytes:
    """TXT001: `[insert` and `<` openers never closed on their line."""
    return (MINIMAL + f"rationale: '{_repeated('[insert ')}'\n"
            f"background: ['{_repeated('<a ')}', '{_repeated('x')}a']\n").encode()


def long_defined_term() -> bytes:
    """REF003: a defined term of many words that a long text nearly uses, and a comment of
    unclosed suppressions."""
    term = _repeated("a ", LONG // 2) + " end"
    return (MINIMAL + f"# {_repeated('collabagree: ignore[')}\n"
            f"rationale: '{_repeated('a ')}'\ndefinitions:\n  ? '{term}'\n  : A term.\n").encode()


FILES: dict[str, Callable[[], bytes]] = {
    "billion-laughs.yaml": billion_laughs,
    "merge-key-bomb.yaml": merge_bomb,
    "alias-undefined.yaml": lambda: (MINIMAL + "background: *nowhere\n").encode(),
    "alias-self-reference.yaml": lambda: (MINIMAL + "background: &loop [*loop]\n").encode(),
    "merge-key-loop.yaml": lambda: (MINIMAL + "scope: &s\n  <<: *s\n  geography: here\n").encode(),
    "merge-key-scalar.yaml": lambda: (MINIMAL + "scope:\n  <<: just text\n").encode(),
    "alias-as-key.yaml": lambda: (MINIMAL + "x: &k key\ndefinitions: {*k : value}\n").encode(),
    "complex-key.yaml": lambda: (MINIMAL + "? [a, b]\n: value\n").encode(),
    "helm-template.yaml": lambda: b"collabagree: 1\nmetadata:\n  name: {{ include \"x.fullname\" . }}\n",
    "deep-nesting-flow.yaml": lambda: (MINIMAL + "background: " + "[" * 5000 + "]" * 5000 + "\n").encode(),
    "deep-nesting-block.yaml": lambda: deep_block(100),
    "long-key.yaml": lambda: (MINIMAL + "k" * 5000 + ": value\n").encode(),
    "invalid-utf8.yaml": lambda: MINIMAL.encode() + b"rationale: caf\xe9 \xff\xfe bytes\n",
    "utf16-le-bom.yaml": lambda: b"\xff\xfe" + MINIMAL.encode("utf-16-le"),
    "utf16-be-bom.yaml": lambda: b"\xfe\xff" + MINIMAL.encode("utf-16-be"),
    "utf16-le-no-bom.yaml": lambda: MINIMAL.encode("utf-16-le"),
    "utf8-bom.yaml": lambda: b"\xef\xbb\xbf" + MINIMAL.encode(),
    "nul-byte.yaml": lambda: MINIMAL.encode() + b"rationale: before\x00after\n",
    "tab-indentation.yaml": lambda: (MINIMAL + "scope:\n\tgeography: here\n").encode(),
    "python-object-tag.yaml": lambda: (MINIMAL + 'rationale: !!python/object/apply:os.system ["echo pwned"]\n').encode(),
    "python-name-tag.yaml": lambda: (MINIMAL + "rationale: !!python/name:os.system\n").encode(),
    "include-tag.yaml": lambda: (MINIMAL + "rationale: !include /etc/passwd\n").encode(),
    "binary-set-omap-tags.yaml": lambda: (MINIMAL + "x: !!binary aGVsbG8=\ny: !!set {a, b}\nz: !!omap [a: 1]\n").encode(),
    "local-tag-on-mapping.yaml": lambda: (MINIMAL + "scope: !custom {geography: here}\n").encode(),
    "yaml-directives.yaml": lambda: ("%YAML 1.1\n%TAG !e! tag:example.com,2000:\n---\n" + MINIMAL
                                     + "rationale: !e!thing text\n").encode(),
    "duplicate-keys.yaml": lambda: (MINIMAL + "rationale: one\nrationale: two\npurpose: {statement: again}\n").encode(),
    "multi-document.yaml": lambda: (MINIMAL + "---\n" + MINIMAL).encode(),
    "control-escapes.yaml": lambda: (MINIMAL + '"\\e[31mred\\e[0m": 1\n'
                                     'rationale: "\\e]0;PWNED\\a \\e[2J cleared \\x9b31m"\n'
                                     'background: ["\\e]52;c;cHduZWQ=\\a clipboard"]\n').encode(),
    "raw-escape-byte.yaml": lambda: MINIMAL.encode() + b"rationale: raw \x1b]0;PWNED\x07 title\n",
    "huge-integer.yaml": lambda: (MINIMAL + "funding: {currency: GBP, total: " + "9" * 5000 + "}\n").encode(),
    "infinite-amounts.yaml": lambda: (MINIMAL + "funding: {currency: GBP, total: .inf, contributions: "
                                      "[{party: council, type: cash, amount: .nan}]}\n").encode(),
    "float-overflow.yaml": lambda: (MINIMAL + "funding: {currency: GBP, total: 1e308, contributions: "
                                    "[{party: council, type: cash, amount: 1e308}, "
                                    "{party: charity, type: cash, amount: 1e308}]}\n").encode(),
    "extreme-dates.yaml": lambda: MINIMAL.replace("term: {start: 2026-04-01, end: 2029-03-31}",
                                                  "term: {start: 1000-01-01, end: 8999-12-31}\n"
                                                  "review: {interval_months: 1200, first_review: 1000-01-31}\n"
                                                  "termination: {notice_days: 99999999999}").encode(),
    "out-of-calendar-dates.yaml": lambda: MINIMAL.replace("term: {start: 2026-04-01, end: 2029-03-31}",
                                                          "term: {start: 0001-01-01, end: 9999-12-31}\n"
                                                          "review: {interval_months: 999999999, "
                                                          "first_review: 9999-12-31}").encode(),
    "impossible-dates.yaml": lambda: MINIMAL.replace("term: {start: 2026-04-01, end: 2029-03-31}",
                                                     "term: {start: 2026-02-30, end: 10000-01-01}\n"
                                                     "review: {first_review: '2026-13-01'}").encode(),
    "empty.yaml": lambda: b"",
    "only-comments.yaml": lambda: b"# nothing here\n# collabagree: 1\n",
    "top-level-list.yaml": lambda: b"- collabagree: 1\n- agreement: x\n",
    "scalar-document.yaml": lambda: b"collabagree\n",
    "format-version-2.yaml": lambda: MINIMAL.replace("collabagree: 1", "collabagree: 2").encode(),
    "missing-sections.yaml": lambda: b"collabagree: 1\n",
    "wrong-types.yaml": lambda: (b"collabagree: 1\nagreement: [not, a, mapping]\nparties: a string\n"
                                 b"purpose: 42\nterm: {start: tomorrow, end: [1, 2]}\n"),
    "non-string-keys.yaml": lambda: (MINIMAL + "1: one\ntrue: yes\nnull: nothing\n2026-01-01: a date\n").encode(),
    "crlf-line-endings.yaml": lambda: MINIMAL.replace("\n", "\r\n").encode(),
    "cr-only-line-endings.yaml": lambda: MINIMAL.replace("\n", "\r").encode(),
    "unicode-line-separators.yaml": lambda: (MINIMAL + "rationale: \"one\\u2028two\\u2029three\\x85four\"\n"
                                             "background: [\"nel\u0085inside\"]\n").encode(),
    "bidi-and-zero-width.yaml": lambda: MINIMAL.replace(
        "Kestrel Food Bank", "\u202eknaB dooF\u202c \u200bKestrel\u200d\ufeff Food Bank").encode(),
    "anchors-used-well.yaml": lambda: MINIMAL.replace(
        "kind: local_government}", "kind: local_government, contact: &contact {role: Partnership "
        "Officer, channel: partners@example.org}}").replace(
        "kind: charity}", "kind: charity, contact: *contact}").encode()
        + b"scope: &scope\n  geography: Kestrel Vale\nexit:\n  <<: {data: Returned or deleted.}\n"
          b"  records: Kept by each party.\n",
    # Only the locales documents are rendered in pass: en-001 passed check and broke the PDF.
    "locale-numeric-region.yaml": lambda: _with_locale("en-001"),
    "locale-script-subtag.yaml": lambda: _with_locale("en-Latn-GB"),
    "locale-other-language.yaml": lambda: _with_locale("mi-NZ"),
    "locale-lowercase.yaml": lambda: _with_locale("en-gb"),
    "locale-private-use.yaml": lambda: _with_locale("en-GB-x-typst"),
    "locale-supported.yaml": lambda: _with_locale("en-IE"),
    "long-mail-channel.yaml": long_mail_channel,
    "long-negated-channels.yaml": negated_channels,
    "long-unclosed-placeholders.yaml": unclosed_placeholders,
    "long-defined-term.yaml": long_defined_term,
    "injection-typst.yaml": lambda: with_payload("typst"),
    "injection-html.yaml": lambda: with_payload("html"),
    "injection-latex.yaml": lambda: with_payload("latex"),
    "injection-jinja.yaml": lambda: with_payload("jinja"),
    "injection-markdown.yaml": lambda: with_payload("markdown"),
}

# Glyphs the PDF fonts lack, links, front matter and emphasis (issue 12, classes 1 to 4).
FILES.update(TEXT_FILES)


def main() -> int:
    """(Re)write every corpus file."""
    CORPUS.mkdir(exist_ok=True)
    (CORPUS / ".gitattributes").write_text("# Bytes exactly as written: line endings and encodings are the test.\n"
                                           "* -text\n", encoding="utf-8")
    for name, make in FILES.items():
        (CORPUS / name).write_bytes(make())
    print(f"wrote {len(FILES)} files to {CORPUS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
