"""`tokocrm import members|purchases` on both engines: the JSON summary, dry runs, duplicate
modes, the error report, and every real-world spreadsheet read or refused in one line."""

from __future__ import annotations

import argparse

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.io.files import DATA, REAL, make_xlsx
from tokocrm.cli import imports
from tokocrm.db.models import Member, PointsEntry, Purchase, ShopSetting
from tokocrm.domain.errors import PermissionDenied
from tokocrm.domain.roles import Role
from tokocrm.services.actor import Actor
from tokocrm.services.container import open_services

SAMPLE = str(DATA / "contoh_member_libreoffice.xlsx")
KEYS = ["rows", "created", "updated", "skipped", "rejected"]
CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")


def counts(db_url) -> tuple[int, ...]:
    services = open_services(db_url)
    try:
        with services.members._sessions() as session:
            return tuple(session.scalar(select(func.count()).select_from(table))
                         for table in (Member, PointsEntry, Purchase, ShopSetting))
    finally:
        services.close()


def test_import_members_prints_exactly_the_summary(run_json, db_url):
    dry = run_json("import", "members", SAMPLE, "--dry-run")
    assert list(dry) == KEYS
    assert dry == {"rows": 28, "created": 25, "updated": 0, "skipped": 1, "rejected": 2}
    assert counts(db_url)[:3] == (0, 0, 0)
    assert run_json("import", "members", SAMPLE) == dry
    assert counts(db_url)[0] == 25
    assert run_json("import", "members", SAMPLE) == {
        "rows": 28, "created": 0, "updated": 0, "skipped": 26, "rejected": 2}


def test_on_duplicate_fill_and_overwrite(run_json, tmp_path):
    first = make_xlsx(tmp_path / "a.xlsx", {"M": [["Nama", "No HP", "Alamat"],
                                                  ["Ani", "081211110001", None]]})
    second = make_xlsx(tmp_path / "b.xlsx", {"M": [["Nama", "No HP", "Alamat"],
                                                   ["Ani R", "081211110001", "Jl. Baru"]]})
    run_json("import", "members", str(first))
    assert run_json("import", "members", str(second))["skipped"] == 1
    assert run_json("import", "members", str(second), "--on-duplicate", "fill")["updated"] == 1
    (ani,) = run_json("member", "find", "081211110001")
    assert ani["name"] == "Ani"
    assert run_json("import", "members", str(second), "--on-duplicate",
                    "overwrite")["updated"] == 1
    assert run_json("member", "find", "081211110001")[0]["name"] == "Ani R"


def test_the_report_holds_the_rejected_rows(cli, tmp_path):
    report = tmp_path / "errors.xlsx"
    code, out, err = cli("import", "members", SAMPLE, "--dry-run", "--report", str(report))
    assert code == 0, err
    assert "25 would be created" in out and "row 23: name: is required" in out
    assert f"Rejected rows written to {report}" in out
    rows = list(load_workbook(report).active.values)
    assert [r[-3] for r in rows[1:]] == [20, 23]


def test_import_purchases_with_points(run_json, tmp_path):
    run_json("member", "add", "--name", "Ani", "--phone", "081211110001", "--card", "K1")
    path = make_xlsx(tmp_path / "p.xlsx", {"T": [
        ["No. Struk", "Tanggal", "No HP", "Total"],
        ["S-1", "2026-01-05", "081211110001", 125000],
        ["S-1", "2026-01-05", "081211110001", 125000]]})
    assert run_json("import", "purchases", str(path), "--dry-run") == {
        "rows": 2, "created": 1, "updated": 0, "skipped": 1, "rejected": 0}
    assert run_json("import", "purchases", str(path), "--award-points")["created"] == 1
    (bought,) = run_json("purchase", "list")
    assert (bought["amount"], bought["receipt"]) == (125000, "S-1")


@pytest.mark.parametrize("path", sorted(REAL.iterdir()), ids=lambda p: p.name)
def test_every_real_spreadsheet_is_read_or_refused_in_one_line(cli, db_url, path):
    before = counts(db_url)
    for kind in ("members", "purchases"):
        code, out, err = cli("import", kind, str(path), "--json")
        assert code in (0, 1), err
        if code == 1:
            assert out == "" and err.startswith("tokocrm: ") and err.count("\n") == 1, err
            assert "unexpected error" not in err and "Traceback" not in err
        else:
            assert err == ""
    assert counts(db_url)[:3] == before[:3]  # none of these files holds a usable member


def test_broken_input_changes_nothing_and_says_why_in_one_line(cli, db_url, tmp_path):
    fake = tmp_path / "members.xlsx"
    fake.write_text("not a spreadsheet at all", encoding="utf-8")
    before = counts(db_url)
    for argv in (("import", "members", str(fake)),
                 ("import", "members", str(tmp_path / "missing.xlsx")),
                 ("import", "members", SAMPLE, "--sheet", "Nope"),
                 ("import", "purchases", SAMPLE)):
        code, out, err = cli(*argv)
        assert (code, out) == (1, ""), err
        assert err.startswith("tokocrm: ") and err.count("\n") == 1, err
        assert "unexpected error" not in err
    assert counts(db_url) == before


def test_usage_errors_exit_2(cli):
    with pytest.raises(SystemExit) as stopped:
        cli("import", "members", SAMPLE, "--on-duplicate", "merge")
    assert stopped.value.code == 2


def test_a_cashier_is_refused(db_url):
    services = open_services(db_url)
    try:
        args = argparse.Namespace(file=SAMPLE, sheet=None, dry_run=False, report=None,
                                  on_duplicate="skip", award_points=False)
        with pytest.raises(PermissionDenied):
            imports.import_members(services, CASHIER, args)
        with pytest.raises(PermissionDenied):
            imports.import_purchases(services, CASHIER, args)
    finally:
        services.close()
    assert counts(db_url)[:3] == (0, 0, 0)
