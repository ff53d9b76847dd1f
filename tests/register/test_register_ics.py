"""The calendar export: valid iCalendar (parsed with the `icalendar` library), the events
expected from each agreement, and UIDs that stay the same across runs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest

from collabagree.check.settings import Settings
from collabagree.register.collect import Register, collect_register
from collabagree.register.ics import render_ics
from collabagree.register.ics_text import escape_text, fold
from support.register import TODAY, agreement_yaml, write_folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_folder(tmp_path_factory.mktemp("ics") / "agreements")


def calendar_for(folder: Path, today: date = TODAY) -> str:
    return render_ics(collect_register([str(folder)], Settings(today=today)))


def events(text: str) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text.encode("utf-8"))
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"]).startswith("-//collabagree//")
    return list(calendar.walk("VEVENT"))


def summaries(found: list[icalendar.Event]) -> list[tuple[date, str]]:
    return [(event["DTSTART"].dt, str(event["SUMMARY"])) for event in found]


def test_events_per_agreement(folder: Path) -> None:
    found = summaries(events(calendar_for(folder)))
    # Overdue review: the missed date, then the yearly ones up to the end of the term; expiry.
    assert [day for day, text in found if "OVERDUE-1" in text] == [
        date(2026, 6, 30), date(2027, 6, 30), date(2028, 6, 30), date(2029, 3, 31)]
    assert (date(2026, 6, 30), "Review overdue: OVERDUE-1 Agreement OVERDUE-1") in found
    assert (date(2027, 6, 30), "Review due: OVERDUE-1 Agreement OVERDUE-1") in found
    assert (date(2029, 3, 31), "Agreement ends: OVERDUE-1 Agreement OVERDUE-1") in found
    # Open-ended, six-monthly: reviews up to 36 months ahead; only the future milestone.
    open_ended = [(day, text.split(":")[0]) for day, text in found if "OPEN-1" in text]
    assert open_ended == [(date(2027, 2, 1), "Milestone due"), (date(2027, 5, 31), "Review due"),
                          (date(2027, 11, 30), "Review due"), (date(2028, 5, 31), "Review due"),
                          (date(2028, 11, 30), "Review due"), (date(2029, 5, 31), "Review due")]
    # An agreement that ended before today has nothing left to do; invalid files give none.
    assert [text for _, text in found if "EXPIRED-1" in text] == []
    assert not [text for _, text in found if "INVALID-1" in text]


def test_all_day_events_with_a_reproducible_stamp(folder: Path) -> None:
    for event in events(calendar_for(folder)):
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert type(start) is date and (end - start).days == 1
        assert event["DTSTAMP"].dt.isoformat() == "2026-11-23T00:00:00+00:00"


def test_uids_are_stable_across_runs_and_unique(folder: Path) -> None:
    first, second = calendar_for(folder), calendar_for(folder)
    assert first == second
    uids = [str(event["UID"]) for event in events(first)]
    assert len(uids) == len(set(uids))
    # A later run (another today) keeps the UID of every event it still lists.
    later = {str(event["UID"]) for event in events(calendar_for(folder, date(2027, 1, 5)))}
    shared = later & set(uids)
    assert shared and all(uid.startswith(("review-", "milestone-", "expiry-")) for uid in shared)
    assert {uid for uid in uids if uid.startswith("expiry-") and uid[7:15] >= "20270105"} <= later


def test_uids_follow_the_reference_not_the_file(tmp_path: Path) -> None:
    text = agreement_yaml("MOVED-1", first_review=date(2027, 3, 1))
    write_folder(tmp_path / "before", {"plan.yaml": text})
    write_folder(tmp_path / "after", {"renamed.yaml": text})
    before = {str(event["UID"]) for event in events(calendar_for(tmp_path / "before"))}
    after = {str(event["UID"]) for event in events(calendar_for(tmp_path / "after"))}
    assert before == after


def test_different_agreements_with_the_same_dates_get_different_uids(tmp_path: Path) -> None:
    write_folder(tmp_path, {
        "one.yaml": agreement_yaml("ONE", first_review=date(2027, 3, 1)),
        "two.yaml": agreement_yaml("TWO", first_review=date(2027, 3, 1)),
        # Two files sharing a reference: both fall back to their paths.
        "copy-a.yaml": agreement_yaml("COPY", first_review=date(2027, 3, 1)),
        "copy-b.yaml": agreement_yaml("COPY", first_review=date(2027, 3, 1)),
    })
    found = events(calendar_for(tmp_path))
    reviews = [str(event["UID"]) for event in found if event["DTSTART"].dt == date(2027, 3, 1)]
    assert len(reviews) == 4 and len(set(reviews)) == 4


def test_text_is_escaped_and_lines_are_folded(tmp_path: Path) -> None:
    title = "Food, Housing; and \\ Health — a long title " + "é" * 60
    write_folder(tmp_path, {"long.yaml": agreement_yaml("LONG-1", title=f"'{title}'",
                                                        first_review=date(2027, 3, 1))})
    text = calendar_for(tmp_path)
    raw_lines = text.split("\r\n")
    assert raw_lines[-1] == "" and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in raw_lines)
    assert any(line.startswith(" ") for line in raw_lines)
    description = str(next(iter(events(text)))["DESCRIPTION"])
    assert description.startswith("Responsible: the Council, Kestrel Vale Food Bank.\n\n"
                                   + title + "\nReference: LONG-1")


def test_escape_and_fold_units() -> None:
    assert escape_text("a,b;c\\d\ne\r\nf\x07") == "a\\,b\\;c\\\\d\\ne\\nf"
    folded = fold("SUMMARY:" + "ü" * 50)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "SUMMARY:" + "ü" * 50 + "\r\n"


def test_an_empty_register_is_a_valid_empty_calendar() -> None:
    assert events(render_ics(Register(TODAY, ()))) == []
