"""YAML comments: where each `#` comment is, for suppressions and the TODO rule.

Parse events carry no comments, so they are found in the text: a `#` at the start of a
line or after a space or tab, that is not inside any scalar (the loader passes the
scalars' index ranges).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(slots=True)
class Comment:
    """A YAML comment: where it starts (1-based) and its text after the `#`."""

    line: int
    column: int
    text: str


def find_comments(text: str, scalar_ranges: list[tuple[int, int]]) -> list[Comment]:
    """Every `#` comment: a `#` at line start or after a space, outside any scalar."""
    if "#" not in text:
        return []
    starts = [start for start, _ in scalar_ranges]
    comments: list[Comment] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        position = line.find("#")
        while position != -1:
            if position == 0 or line[position - 1] in " \t":
                absolute = offset + position
                slot = bisect_right(starts, absolute) - 1
                inside = slot >= 0 and scalar_ranges[slot][0] <= absolute < scalar_ranges[slot][1]
                if not inside:
                    comments.append(Comment(number, position + 1, line[position + 1:].strip()))
                    break
            position = line.find("#", position + 1)
        offset += len(line) + 1
    return comments
