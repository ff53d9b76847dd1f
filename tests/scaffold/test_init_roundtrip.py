"""The scaffold is a commented YAML file that survives a ruamel round trip unchanged: the
modeline comes first, each section has its explanation above it, defaults carry their
`# TODO confirm`, and loading and dumping it again changes not one byte."""

from __future__ import annotations

import io

import pytest
from ruamel.yaml import YAML

from collabagree.scaffold.builder import SECTIONS
from collabagree.scaffold.comments import SECTION_COMMENTS
from collabagree.scaffold.yamldoc import make_yaml
from collabagree.schema.json_schema import SCHEMA_ID
from support.scaffold import TYPES, scaffold_text

PARTIES = ["council=Kestrel Vale Borough Council:local_government",
           "foodbank=Kestrel Vale Community Food Bank:charity"]


@pytest.mark.parametrize("agreement_type", TYPES)
def test_round_trip_keeps_every_byte(agreement_type: str) -> None:
    text = scaffold_text(agreement_type, "UK-ENG", PARTIES)
    yaml = make_yaml()
    buffer = io.StringIO()
    yaml.dump(yaml.load(text), buffer)
    assert buffer.getvalue() == text


@pytest.mark.parametrize("agreement_type", TYPES)
def test_comments_sit_above_each_section(agreement_type: str) -> None:
    text = scaffold_text(agreement_type, "AU-VIC", PARTIES)
    lines = text.splitlines()
    assert lines[0] == f"# yaml-language-server: $schema={SCHEMA_ID}"
    assert "collabagree: 1" in lines
    top_level = [index for index, line in enumerate(lines) if line[:1].isalpha()]
    assert len(top_level) >= 25
    for index in top_level[1:]:  # every section after `collabagree: 1`
        key = lines[index].split(":")[0]
        assert lines[index - 1].startswith("# "), f"no comment above {key}"
        assert lines[index - 1][2:] in SECTION_COMMENTS[key].splitlines()
        assert "TODO" not in SECTION_COMMENTS[key]  # explanations are not placeholders


def test_sections_follow_the_format_order() -> None:
    text = scaffold_text("cross_sector_collaboration", "NZ", PARTIES)
    data = YAML(typ="safe").load(text)
    order = [key for key, _ in SECTIONS]
    present = [key for key in data if key != "collabagree"]
    assert present == [key for key in order if key in data]
    assert {"service_integration", "co_location", "safeguarding", "treaty_partnership"} <= set(data)


def test_defaults_are_marked_and_answers_are_not() -> None:
    text = scaffold_text("data_sharing_agreement", "UK-SCT", PARTIES)
    assert "  type: data_sharing_agreement\n" in text  # given, so not marked
    assert "    kind: charity\n" in text
    assert "      decision_rule: consensus  # TODO confirm\n" in text
    assert "  breach_notification_hours: 24  # TODO confirm\n" in text
    assert "  notice_days: 90  # TODO confirm\n" in text  # a charity is a party
    assert "  start: " in text and "# TODO confirm\n  end: " in text  # defaulted dates
    assert "  version: '0.1'\n" in text
    assert "&id" not in text and "*id" not in text  # no anchors for repeated dates
    data = YAML(typ="safe").load(text)
    assert data["parties"][0]["foi_regime"] == "FOISA2002"
    assert data["information"]["official_information"]["regimes"] == ["FOISA2002"]
    flow = data["information"]["data_flows"][0]
    assert set(flow["lawful_basis"]) == {flow["from"], flow["to"]}
    assert all(value.startswith("TODO:") for value in flow["lawful_basis"].values())
