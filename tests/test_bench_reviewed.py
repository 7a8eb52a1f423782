"""bench.reviewed reads a reviewer's labelled pairs and scores them as `coi compare` does."""

from __future__ import annotations

import datetime as dt

import pytest

from bench import reviewed
from coi.model import Kind
from coi.names.compare import compare_names


def test_a_dated_file_is_scored_with_its_dates_of_birth(tmp_path):
    path = tmp_path / "dated.txt"
    path.write_text("Quorvane Maltby|1980-03-12|MALTBY, QUORVANE|1980-03-12|S|[dob] the same day\n"
                    "Quorvane Maltby|1980-03-12|Quorvane Maltby|1951-07-30|D|[namesake] decades apart\n"
                    "Quorvane Maltby||Quorvane Maltby||S|[none] no dates\n", "utf-8")
    rows = reviewed.read_dated_pairs(path)
    assert rows[1] == ("Quorvane Maltby", dt.date(1980, 3, 12), "Quorvane Maltby", dt.date(1951, 7, 30), "D")
    assert rows[2][1] is None and rows[2][3] is None
    scores = [score for score, _, _ in reviewed._scored(path, Kind.PERSON, dated=True)]
    assert scores[1] == compare_names("Quorvane Maltby", "Quorvane Maltby", Kind.PERSON,
                                      query_dob=dt.date(1951, 7, 30), candidate_dob=dt.date(1980, 3, 12)).score
    assert scores[1] < scores[2] <= scores[0]  # the dates decide what the names alone cannot


@pytest.mark.parametrize("line, says", [
    ("A|1980-02-30|B||S|x", "YYYY-MM-DD"),
    ("A|19800312|B||S|x", "YYYY-MM-DD"),  # Python reads it as a date; a reviewer meant a text
    ("A||B|2999-01-01|S|x", "after today"),
    ("A|1980-01-01|B|1980-01-01|maybe|x", "LEFT|LEFT_DOB|RIGHT|RIGHT_DOB"),
])
def test_a_dated_line_that_cannot_be_read_names_its_line(tmp_path, line, says):
    path = tmp_path / "dated.txt"
    path.write_text(line + "\n", "utf-8")
    with pytest.raises(ValueError, match=r"line 1: .*") as caught:
        reviewed.read_dated_pairs(path)
    assert says in str(caught.value)


def test_a_dated_file_is_compared_as_persons_and_refuses_organization(tmp_path, capsys):
    path = tmp_path / "dated.txt"
    path.write_text("Quorvane Maltby|1980-03-12|MALTBY, QUORVANE|1980-03-12|S|x\n", "utf-8")
    assert reviewed.main([str(path), "--dated"]) == 0
    assert "one body (S): 1 prompt" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        reviewed.main([str(path), "--dated", "--kind", "organization"])
    assert "leave out --kind organization" in capsys.readouterr().err
