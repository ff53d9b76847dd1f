"""SCH001-SCH007: every schema problem at its exact line and column, never a traceback."""

from __future__ import annotations

import time

import pytest

from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.lint.engine import Selection
from support import VALID


def schema_findings(raw: bytes | str) -> list[tuple[str, int, int, str, str]]:
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    result = check_bytes("case.yaml", data, Selection(Settings()))
    return [(f.code, f.span.line, f.span.column, f.yaml_path, f.message)
            for f in result.findings if f.code.startswith("SCH")]


def only(raw: bytes | str) -> tuple[str, int, int, str, str]:
    found = schema_findings(raw)
    assert len(found) == 1, found
    return found[0]


def test_valid_file_has_no_schema_findings() -> None:
    assert schema_findings(VALID) == []


def test_misspelt_nested_key_suggests_the_known_one() -> None:
    code, line, column, path, message = only(VALID.replace("contact: {role", "contcat: {role"))
    assert (code, line, column, path) == ("SCH003", 10, 5, "$.parties[0].contcat")
    assert "did you mean 'contact'" in message


def test_bad_enum_in_a_list_item_lists_the_allowed_values() -> None:
    code, line, column, path, message = only(VALID.replace("kind: charity", "kind: charitable_trust"))
    assert (code, line, column, path) == ("SCH005", 13, 11, "$.parties[1].kind")
    assert "community_group" in message and "'charitable_trust'" in message


def test_missing_required_field_points_at_its_parent() -> None:
    code, line, column, path, message = only(VALID.replace("    name: Kestrel Vale Food Bank\n", ""))
    assert (code, line, column, path) == ("SCH004", 11, 5, "$.parties[1].name")
    assert "'name' is required" in message


def test_missing_top_level_section_points_at_line_1() -> None:
    text = VALID.replace("purpose:\n  statement: To work together on food.\n", "")
    assert only(text)[:4] == ("SCH004", 1, 1, "$.purpose")


def test_duplicate_keys_are_each_reported() -> None:
    text = VALID.replace("  type: mou\n", "  type: mou\n  type: mou\n  type: mou\n")
    found = schema_findings(text)
    assert [(code, line, column) for code, line, column, _, _ in found] == [
        ("SCH002", 5, 3), ("SCH002", 6, 3)]
    assert "first at line 4" in found[0][4]


def test_syntax_error_at_the_parser_mark() -> None:
    code, line, column, _, message = only(VALID.replace("contact: {role: Partnership Officer}",
                                                        "contact: {role: Partnership Officer"))
    assert (code, line) == ("SCH001", 11)
    assert message.startswith("YAML syntax error")


def test_wrong_type_says_what_was_expected() -> None:
    code, line, column, _, message = only(VALID.replace("  title: Joint Food Plan", "  title: [a, b]"))
    assert (code, line, column) == ("SCH005", 3, 10)
    assert "expected text" in message


def test_bad_date_is_reported_at_the_value() -> None:
    code, line, column, path, message = only(VALID.replace("end: 2029-03-31", "end: 2029-02-30"))
    assert (code, line, column, path) == ("SCH005", 18, 8, "$.term.end")
    assert "not a real date" in message


def test_unquoted_version_number_asks_for_quotes() -> None:
    code, _, _, _, message = only(VALID + "document_control: {version: 1.0}\n")
    assert code == "SCH005" and "quotes" in message


@pytest.mark.parametrize("text", ["- just\n- a list\n", "plain text\n", "other: 1\n"])
def test_not_an_agreement(text: str) -> None:
    assert only(text)[:3] == ("SCH006", 1, 1)


def test_empty_file_is_not_an_agreement() -> None:
    code, line, column, _, message = only(b"")
    assert (code, line, column) == ("SCH006", 1, 1) and "empty" in message


def test_unknown_format_version() -> None:
    code, line, column, _, message = only(VALID.replace("collabagree: 1", "collabagree: 2"))
    assert (code, line, column) == ("SCH006", 1, 14) and "version 2" in message


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system ['echo hi']",
                                 "!!python/name:os.system", "!include secrets.yaml", "!!binary aGk="])
def test_tags_outside_the_core_schema_are_refused(tag: str) -> None:
    code, line, column, _, message = only(VALID.replace("title: Joint Food Plan", f"title: {tag}"))
    assert (code, line, column) == ("SCH007", 3, 10)
    assert "not allowed" in message


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for index in range(1, 10):
        previous, name = chr(96 + index), chr(97 + index)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    started = time.perf_counter()
    code, line, _, _, message = only("\n".join(["collabagree: 1", *lines]) + "\n")
    assert time.perf_counter() - started < 5
    assert code == "SCH007" and "alias" in message


def test_deep_nesting_is_refused() -> None:
    code, line, _, _, message = only("collabagree: 1\nx: " + "[" * 5000 + "]" * 5000 + "\n")
    assert (code, line) == ("SCH007", 2) and "nested" in message


def test_file_over_the_size_limit_is_refused() -> None:
    code, line, column, _, message = only(VALID + "# " + "x" * (2 * 1024 * 1024) + "\n")
    assert (code, line, column) == ("SCH007", 1, 1) and "2 MiB" in message


def test_invalid_utf8_is_reported_where_it_is() -> None:
    raw = VALID.replace("Joint Food Plan", "Joint F\xf6od Plan").encode("latin-1")
    code, line, column, _, message = only(raw)
    assert (code, line, column) == ("SCH007", 3, 17) and "UTF-8" in message


def test_more_than_one_document_is_refused() -> None:
    code, line, _, _, _ = only(VALID + "---\ncollabagree: 1\n")
    assert (code, line) == ("SCH007", 19)


def test_every_problem_of_a_file_is_reported_at_once() -> None:
    text = (VALID.replace("type: mou", "type: memo").replace("kind: charity", "kind: charty")
            .replace("end: 2029-03-31", "end: someday"))
    assert [code for code, *_ in schema_findings(text)] == ["SCH005", "SCH005", "SCH005"]


def test_comma_in_an_unquoted_flow_value_gets_a_hint() -> None:
    text = VALID.replace("contact: {role: Partnership Officer}",
                         "contact: {role: Partnership Officer, Communities Team}")
    code, line, _, _, message = only(text)
    assert (code, line) == ("SCH003", 10) and "quotes" in message
