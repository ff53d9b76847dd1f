"""The key-facts page's DOCX, made compact enough for one A4 page.

pandoc writes it with the reference document's styles, which are sized for a long
agreement (11 pt text, generous spacing, 2.5 cm margins). Here every font size in the
styles is scaled down, paragraph spacing is cut, and the margins are those of the PDF page
(`templates/summary.typ`); nothing else in the package changes, and entry order and dates
are kept, so the output stays reproducible.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from io import BytesIO

FONT_SCALE = 0.86
SPACING_SCALE = 0.3
IMAGE_SCALE = 0.72
#: 2 cm left and right, 1.7 cm top and 1.6 cm bottom, in twentieths of a point.
MARGINS = '<w:pgMar w:bottom="907" w:footer="454" w:header="454" w:left="1134" w:right="1134" w:top="964" />'
_SIZE = re.compile(r'(<w:(?:sz|szCs) w:val=")(\d+)(")')
_SPACING = re.compile(r'(\bw:(?:before|after)=")(\d+)(")')
_MARGINS = re.compile(r"<w:pgMar\b[^>]*/>")
_EXTENT = re.compile(r'(\bc[xy]=")(\d+)(")')


def _scaled(factor: float, large: int = 0, large_factor: float = 1.0) -> Callable[[re.Match[str]], str]:
    """A replacement scaling a number by `factor` (numbers from `large` on by `large_factor`)."""
    def scale(match: re.Match[str]) -> str:
        value = int(match.group(2))
        value = round(value * (large_factor if large and value >= large else factor))
        return f"{match.group(1)}{max(1, value)}{match.group(3)}"

    return scale


def compact_docx(docx: bytes) -> bytes:
    """The DOCX with smaller type, tighter spacing, a smaller figure and the summary page's
    margins."""
    source = zipfile.ZipFile(BytesIO(docx))
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/styles.xml":
                # Titles (18 pt and more) shrink most: the page has one heading that size.
                text = _SIZE.sub(_scaled(FONT_SCALE, 36, 0.6), data.decode("utf-8"))
                data = _SPACING.sub(_scaled(SPACING_SCALE), text).encode("utf-8")
            elif info.filename == "word/document.xml":
                text = _MARGINS.sub(MARGINS, data.decode("utf-8"))
                data = _EXTENT.sub(_scaled(IMAGE_SCALE), text).encode("utf-8")
            target.writestr(info, data)
    return out.getvalue()
