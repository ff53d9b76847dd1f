"""Table column widths that never make a reader's program split a word.

The clause templates give each table relative widths, which read well for typical values.
But a column narrower than its longest word is split mid-word by Word and LibreOffice
("Quarterl y") and hyphenated by Typst ("Base-line"). So each column first gets room for
its longest word, estimated from its length, and the rest of the line is shared out in the
templates' proportions. E-mail addresses and web addresses are left out of the estimate
(they have no break points, and one would swallow the table), and no column's minimum may
take more than a third of the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from collabagree.drafting import ir

TEXT_WIDTH_CM = 16.0  # A4 less 2.5 cm margins, as the DOCX and PDF templates set
CM_PER_CHARACTER = 0.21  # a 9-10 pt letter in the widest fallback font (LibreOffice without Cambria), bold included
CELL_PADDING_CM = 0.45
MAX_MINIMUM = 1 / 3
_WORD = re.compile(r"\S+")


def _words(cell: Sequence[ir.Inline]) -> list[str]:
    text = "".join(ir.plain_text([item]) for item in cell)
    return [word for word in _WORD.findall(text) if "@" not in word and "://" not in word]


def minimum_fraction(cells: Sequence[Sequence[ir.Inline]]) -> float:
    """The share of the line the longest word of a column needs."""
    longest = max((len(word) for cell in cells for word in _words(cell)), default=0)
    return min((longest * CM_PER_CHARACTER + CELL_PADDING_CM) / TEXT_WIDTH_CM, MAX_MINIMUM)


def fitted_widths(weights: Sequence[float], columns: Sequence[Sequence[Sequence[ir.Inline]]]) -> list[float]:
    """Fractions of the line, summing to 1: each at least its column's minimum, the rest in
    proportion to `weights` (a column without a weight counts as 1)."""
    weights = [weight if weight > 0 else 1.0 for weight in weights]
    minimums = [minimum_fraction(cells) for cells in columns]
    if sum(minimums) >= 1:
        return [m / sum(minimums) for m in minimums]
    fixed: dict[int, float] = {}
    while True:  # give each column that would be too narrow its minimum, share out the rest
        free = [i for i in range(len(weights)) if i not in fixed]
        room = 1 - sum(fixed.values())
        share = sum(weights[i] for i in free)
        widths = {i: room * weights[i] / share for i in free}
        short = [i for i in free if widths[i] < minimums[i]]
        if not short:
            result = [fixed.get(i, widths.get(i, 0.0)) for i in range(len(weights))]
            return [width / sum(result) for width in result]
        fixed.update({i: minimums[i] for i in short})
