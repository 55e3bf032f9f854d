"""`tokocrm feedback add`, `tokocrm complaints`, `tokocrm complaint resolve`, on a clock the
tests move (the commands otherwise run on the real time)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

import tokocrm.cli
from tokocrm.cli import main
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.container import open_services


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 10, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(tokocrm.cli, "open_services",
                        lambda url, **options: open_services(url, clock, **options))
    return clock


@pytest.fixture
def siti(run_json, clock):
    return run_json("member", "add", "--name", "Siti", "--phone", "081234567890")["card"]


def _saved(db_url) -> list:
    services = open_services(db_url)
    try:
        return services.feedback.feedback(BUILTIN_OWNER)
    finally:
        services.close()


def test_feedback_of_a_member_and_of_a_walk_in(run_json, siti):
    praise = run_json("feedback", "add", "--member", "0812-3456-7890", "--rating", "5",
                      "--nps", "10", "--category", "Pelayanan", "--channel", "whatsapp",
                      "--comment", "Ramah sekali")
    assert praise == {"id": praise["id"], "card": siti, "rating": 5, "nps": 10,
                      "category": "Pelayanan", "channel": "whatsapp",
                      "comment": "Ramah sekali", "complaint": False, "case_id": None,
                      "created_at": "2026-03-10T10:00:00"}
    walk_in = run_json("feedback", "add", "--rating", "4", "--complaint")
    assert (walk_in["card"], walk_in["category"], walk_in["channel"]) == (None, "Lainnya",
                                                                          "counter")
    assert walk_in["complaint"] is True and walk_in["case_id"] is not None
    low = run_json("feedback", "add", "--member", siti, "--rating", "2")
    assert low["complaint"] is True and low["case_id"] not in (None, walk_in["case_id"])


def test_text_output_is_short(cli, siti):
    code, out, err = cli("feedback", "add", "--member", siti, "--rating", "1",
                         "--comment", "Beras  kutuan\n" + "x" * 60)
    assert (code, err) == (0, "")
    assert out == "feedback 1 saved; complaint case 1 opened\n"
    code, out, _ = cli("complaints")
    header, line = out.splitlines()
    assert header.split() == ["ID", "STATUS", "DUE", "MEMBER", "RATING", "CATEGORY", "COMMENT"]
    assert line.startswith("1   open    2026-03-12 10:00  " + siti + " Siti  1")
    assert line.endswith("Beras kutuan " + "x" * 26 + "…")
    assert cli("complaint", "resolve", "1", "--note", "Diganti baru")[1] == (
        "case 1 resolved: Diganti baru\n")
    assert cli("complaints", "--open")[1] == "(none)\n"


def test_complaints_in_due_order_open_overdue_and_resolved(run_json, siti, clock):
    first = run_json("feedback", "add", "--member", siti, "--rating", "1")["case_id"]
    clock.now += timedelta(hours=1)
    second = run_json("feedback", "add", "--rating", "3", "--complaint",
                      "--comment", "Antre lama")["case_id"]
    clock.now += timedelta(hours=1)
    third = run_json("feedback", "add", "--rating", "2")["case_id"]
    clock.now = datetime(2026, 3, 12, 10, 30)  # the first is past its 48 hours, the others not

    cases = run_json("complaints")
    assert [c["id"] for c in cases] == [first, second, third]
    assert cases[0] == {
        "id": first, "feedback_id": cases[0]["feedback_id"], "status": "open", "overdue": True,
        "due_at": "2026-03-12T10:00:00", "opened_at": "2026-03-10T10:00:00",
        "resolved_at": None, "resolution": None, "assignee": None, "card": siti,
        "name": "Siti", "rating": 1, "category": "Lainnya", "comment": None}
    assert (cases[1]["card"], cases[1]["name"], cases[1]["overdue"]) == (None, None, False)
    assert [c["id"] for c in run_json("complaints", "--overdue")] == [first]

    done = run_json("complaint", "resolve", str(second), "--note", "Kasir ditambah")
    assert (done["id"], done["status"], done["resolution"]) == (second, "resolved",
                                                                "Kasir ditambah")
    assert done["resolved_at"] == "2026-03-12T10:30:00" and done["overdue"] is False
    assert [c["id"] for c in run_json("complaints", "--open")] == [first, third]
    assert [c["status"] for c in run_json("complaints")] == ["open", "resolved", "open"]


@pytest.mark.parametrize("argv, field", [
    (["--rating", "0"], "rating"), (["--rating", "6"], "rating"),
    (["--rating", "4", "--nps", "11"], "nps"), (["--rating", "4", "--nps", "-1"], "nps"),
    (["--rating", "4", "--category", "Parkir"], "category"),
    (["--rating", "2", "--member", "0899999999"], "member"),
    (["--rating", "2", "--comment", "x" * 2001], "comment"),
])
def test_bad_feedback_exits_1_with_one_line_and_saves_nothing(cli, db_url, siti, argv, field):
    code, out, err = cli("feedback", "add", *argv)
    assert code == 1 and out == "" and field in err and err.count("\n") == 1
    assert _saved(db_url) == []


def test_a_resolved_or_unknown_case_is_refused(cli, run_json, siti):
    case_id = run_json("feedback", "add", "--rating", "1")["case_id"]
    run_json("complaint", "resolve", str(case_id), "--note", "Minta maaf")
    for argv, said in (([str(case_id), "--note", "lagi"], "already resolved"),
                       (["999", "--note", "x"], "no complaint case 999"),
                       ([str(case_id), "--note", "  "], "note")):
        code, out, err = cli("complaint", "resolve", *argv)
        assert code == 1 and out == "" and said in err and err.count("\n") == 1
    [case] = run_json("complaints")
    assert case["resolution"] == "Minta maaf"


@pytest.mark.parametrize("argv", [
    ["feedback"], ["feedback", "add"], ["feedback", "add", "--rating", "lima"],
    ["feedback", "add", "--rating", "5", "--channel", "email"],
    ["complaints", "--open", "--overdue"], ["complaint", "resolve", "1"],
    ["complaint", "reopen", "1"],
])
def test_usage_errors_exit_2(argv):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
