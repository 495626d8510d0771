import csv
import io

import pytest

from assistant.evaluation.areas import (
    NOT_RECORDED,
    build_area_table,
    gold_area_table,
    grade,
    judge_area_table,
    render_areas_csv,
    render_areas_markdown,
)
from assistant.judge import Answer, Judgement
from assistant.letters import LetterRecord


def letter(letter_id: str, area: str | None = None, labels=None) -> LetterRecord:
    return LetterRecord(
        id=letter_id,
        area=area,
        stage=1,
        complaint_type="service",
        complaint="Nobody told me about the hearing.",
        letter="Dear Mr Pike, thank you for your letter.",
        labels=labels,
    )


def judged(letter_id: str, **codes: str) -> Judgement:
    answers = {
        key: Answer(question=key, answer=code, reason="r")
        for key, code in codes.items()
    }
    return Judgement(letter_id=letter_id, judge="rules", version="t", answers=answers)


def graded_letters(area: str, grades: list[str]) -> list[tuple[str, dict]]:
    return [(area, {"quality": given}) for given in grades]


def row_of(table, area):
    return next(row for row in table.rows if row.area == area)


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        ({"quality": "better_than_adequate", "q21": "yes"}, "better_than_adequate"),
        ({"quality": "inadequate"}, "inadequate"),
        ({"q21": "yes"}, "adequate"),
        ({"q21": "no"}, "inadequate"),
        ({"q6": "no"}, None),
        ({}, None),
    ],
)
def test_when_answers_given_then_grade_comes_from_quality_or_q21(codes, expected):
    assert grade(codes) == expected


def test_when_areas_graded_then_sorted_by_share_adequate_or_better():
    letters = (
        graded_letters("North East", ["adequate"] + ["inadequate"] * 9)
        + graded_letters("London South", ["better_than_adequate"] * 9 + ["inadequate"])
        + graded_letters("Wessex", ["adequate"] * 5 + ["inadequate"] * 5)
    )

    table = build_area_table(letters, source="judge")

    assert [row.area for row in table.rows] == ["London South", "Wessex", "North East"]
    assert row_of(table, "London South").share == pytest.approx(0.9)


def test_when_shares_tie_then_area_with_more_letters_comes_first():
    letters = graded_letters("POCD", ["adequate", "inadequate"]) + graded_letters(
        "Wessex", ["adequate"] * 5 + ["inadequate"] * 5
    )

    table = build_area_table(letters, source="judge")

    assert [row.area for row in table.rows] == ["Wessex", "POCD"]


@pytest.mark.parametrize(("graded", "flagged"), [(9, True), (10, False), (1, True)])
def test_when_fewer_than_ten_graded_then_area_flagged_as_small_number(graded, flagged):
    table = build_area_table(graded_letters("POCD", ["adequate"] * graded), "judge")

    assert row_of(table, "POCD").small_number is flagged


def test_when_small_area_then_markdown_flags_it_and_explains_in_a_footnote():
    letters = graded_letters("POCD", ["adequate"] * 3) + graded_letters(
        "Wessex", ["adequate"] * 10
    )

    text = render_areas_markdown(build_area_table(letters, "judge"))

    assert "| POCD † |" in text
    assert "| Wessex |" in text
    assert "† Fewer than 10 graded letters" in text


def test_when_record_has_no_area_then_counted_under_not_recorded():
    records = [letter("L1"), letter("L2", "Wessex")]
    judgements = [judged("L1", quality="adequate"), judged("L2", q21="no")]

    table = judge_area_table(records, judgements)

    assert row_of(table, NOT_RECORDED).adequate == 1
    assert row_of(table, "Wessex").inadequate == 1
    assert table.graded_from_q21 == 1


def test_when_letter_has_no_grade_then_counted_as_not_graded_not_in_share():
    records = [letter("L1", "Wessex"), letter("L2", "Wessex")]
    judgements = [judged("L1", quality="adequate"), judged("L2", q6="no")]

    wessex = row_of(judge_area_table(records, judgements), "Wessex")

    assert (wessex.graded, wessex.ungraded, wessex.share) == (1, 1, 1.0)


def test_when_areas_built_then_total_row_adds_every_area():
    letters = graded_letters("A", ["adequate", "inadequate"]) + graded_letters(
        "B", ["better_than_adequate"]
    )

    total = build_area_table(letters, "judge").total

    assert (total.better_than_adequate, total.adequate, total.inadequate) == (1, 1, 1)


def test_when_records_carry_labels_then_gold_table_uses_them():
    records = [
        letter("L1", "Wessex", labels={"quality": "inadequate", "q21": "no"}),
        letter("L2", "Wessex", labels={"q21": "yes"}),
        letter("L3", "Wessex"),
    ]

    table = gold_area_table(records)

    wessex = row_of(table, "Wessex")
    assert (wessex.adequate, wessex.inadequate, wessex.ungraded) == (1, 1, 0)
    assert table.source == "gold labels"


def test_when_no_record_carries_labels_then_no_gold_table():
    assert gold_area_table([letter("L1", "Wessex")]) is None


def test_when_rendered_as_csv_then_it_parses_back():
    judge_table = build_area_table(graded_letters("=Wessex", ["adequate"]), "judge")
    gold_table = build_area_table(graded_letters("=Wessex", ["inadequate"]), "gold")

    rows = list(
        csv.DictReader(io.StringIO(render_areas_csv([judge_table, gold_table])))
    )

    assert [(row["source"], row["area"]) for row in rows] == [
        ("judge", "'=Wessex"),
        ("judge", "All areas"),
        ("gold", "'=Wessex"),
        ("gold", "All areas"),
    ]
    assert rows[0]["percent_adequate_or_better"] == "100.0"
    assert rows[0]["small_number"] == "yes"
