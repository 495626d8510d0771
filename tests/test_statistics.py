import pytest

from assistant.evaluation.statistics import (
    accuracy,
    cohen_kappa,
    confusion_matrix,
    format_interval,
    format_percent,
    wilson_interval,
)

# 20 agree yes, 5 gold yes / judge no, 10 gold no / judge yes, 15 agree no.
# Observed 35/50 = 0.7; chance (25*30 + 25*20) / 50**2 = 0.5; kappa 0.2 / 0.5 = 0.4.
HAND_WORKED = (
    [("yes", "yes")] * 20
    + [("yes", "no")] * 5
    + [("no", "yes")] * 10
    + [("no", "no")] * 15
)


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        (5, 10, 0.2366, 0.7634),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (1, 1, 0.2065, 1.0),
        (71, 107, 0.5697, 0.7456),
    ],
)
def test_when_counts_given_then_wilson_matches_known_values(successes, n, low, high):
    interval = wilson_interval(successes, n)

    assert interval == pytest.approx((low, high), abs=5e-4)


def test_when_no_letters_then_wilson_interval_is_none():
    assert wilson_interval(0, 0) is None


@pytest.mark.parametrize(("successes", "n"), [(11, 10), (-1, 10), (0, -1)])
def test_when_counts_impossible_then_wilson_raises(successes, n):
    with pytest.raises(ValueError):
        wilson_interval(successes, n)


def test_when_wider_z_then_interval_wider():
    narrow = wilson_interval(5, 10, z=1.0)
    wide = wilson_interval(5, 10)

    assert wide[0] < narrow[0] and narrow[1] < wide[1]


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        (HAND_WORKED, 0.4),
        ([("yes", "yes"), ("no", "no")], 1.0),
        ([("yes", "no"), ("no", "yes")], -1.0),
        ([("no", "no")] * 4, 1.0),
        ([("yes", "yes"), ("yes", "no")], 0.0),
    ],
)
def test_when_pairs_given_then_kappa_is_hand_computed_value(pairs, expected):
    assert cohen_kappa(pairs) == pytest.approx(expected)


def test_when_no_pairs_then_kappa_and_accuracy_are_none():
    assert cohen_kappa([]) is None
    assert accuracy([]) is None


def test_when_pairs_given_then_accuracy_is_share_agreeing():
    assert accuracy(HAND_WORKED) == pytest.approx(0.7)


def test_when_pairs_given_then_matrix_rows_are_gold_and_columns_predicted():
    matrix = confusion_matrix(HAND_WORKED, ["yes", "no"])

    assert matrix == {"yes": {"yes": 20, "no": 5}, "no": {"yes": 10, "no": 15}}


def test_when_code_outside_list_then_matrix_keeps_it_after_the_listed_codes():
    matrix = confusion_matrix([("yes", "maybe")], ["yes", "no"])

    assert list(matrix) == ["yes", "no", "maybe"]
    assert matrix["yes"]["maybe"] == 1
    assert list(matrix["no"]) == ["yes", "no", "maybe"]


@pytest.mark.parametrize(
    ("share", "interval", "percent", "interval_text"),
    [
        (0.702, (0.625, 0.769), "70.2%", "62.5–76.9%"),
        (None, None, "–", "–"),
        (1.0, (0.7225, 1.0), "100.0%", "72.2–100.0%"),
    ],
)
def test_when_formatting_then_one_decimal_place_or_dash(
    share, interval, percent, interval_text
):
    assert format_percent(share) == percent
    assert format_interval(interval) == interval_text
