"""Spreadsheets into the shop on both engines: the LibreOffice sample against its answer key,
the round trip through the member export, the error workbook that imports again once fixed,
the remembered mapping, purchase history from a file, progress and cancel while reading."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.conftest import empty_database
from tests.io.files import DATA, make_xlsx
from tokocrm.db.models import Member, PointsEntry
from tokocrm.domain.errors import Cancelled, FileRefused, InvalidField, PermissionDenied
from tokocrm.domain.imports import MEMBERS, PURCHASES, Action, OnDuplicate, RowIssue
from tokocrm.domain.members import Gender
from tokocrm.domain.roles import Role
from tokocrm.io.columns import auto_mapping
from tokocrm.io.imports import (
    ERROR_COLUMNS,
    ImportRequest,
    import_file,
    mapping_for,
    remember_mapping,
    write_error_workbook,
)
from tokocrm.io.xlsx_export import write_xlsx
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.container import open_services
from tokocrm.services.dto import MemberInput
from tokocrm.services.points_ledger import Kind

SAMPLE = DATA / "contoh_member_libreoffice.xlsx"
KEY = DATA / "contoh_member_libreoffice.expected.csv"
CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
BOOKKEEPER = Actor(username="dewi", role=Role.BOOKKEEPER, till="kantor")


def answer_key() -> dict[int, dict[str, str]]:
    with KEY.open(encoding="utf-8", newline="") as file:
        return {int(row["excel_row"]): row for row in csv.DictReader(file)}


def stored_members(services) -> dict[str, Member]:
    with services.members._sessions() as session:
        return {m.phone: m for m in session.scalars(select(Member))}


def ledger(services) -> list[PointsEntry]:
    with services.members._sessions() as session:
        return list(session.scalars(select(PointsEntry).order_by(PointsEntry.id)))


def _iso(value) -> str:
    return value.isoformat() if value is not None else ""


# -- the LibreOffice sample ----------------------------------------------------------------
@pytest.fixture
def sample_import(services):
    return import_file(services, BOOKKEEPER, ImportRequest(SAMPLE))


def test_the_sample_imports_row_for_row_as_its_answer_key_says(services, sample_import):
    key = answer_key()
    result = sample_import.result
    outcomes = {o.row: o for o in result.outcomes}
    statuses = [row["status"] for row in key.values()]
    assert result.summary() == {
        "rows": len(key) - statuses.count("blank"), "created": statuses.count("ok"),
        "updated": 0, "skipped": statuses.count("duplicate"), "rejected": statuses.count("bad")}
    assert sample_import.blank_rows == statuses.count("blank")
    members = stored_members(services)
    assert len(members) == statuses.count("ok")
    for number, expected in key.items():
        if expected["status"] == "blank":
            assert number not in outcomes
            continue
        outcome = outcomes[number]
        if expected["status"] == "ok":
            assert outcome.action == Action.CREATED, (number, outcome.reason())
            member = members[expected["hp_e164"]]
            assert member.name.casefold() == expected["nama"].casefold()
            assert (_iso(member.birthday), _iso(member.joined_on), member.email or "",
                    member.address or "") == (expected["tanggal_lahir"],
                                              expected["tanggal_daftar"], expected["email"],
                                              expected["alamat"])
        elif expected["status"] == "duplicate":
            first = next(n for n, row in key.items() if row["status"] == "ok"
                         and row["hp_e164"] == expected["hp_e164"])
            assert (outcome.action, outcome.duplicate_of) == (Action.SKIPPED, first)
            assert outcome.issues[0].reason == "duplicate_in_file"
        else:
            assert outcome.action == Action.REJECTED and outcome.issues
    assert {(i.field, i.reason) for i in outcomes[20].issues} == {
        ("phone", "not_mobile"), ("birthday", "impossible_date"), ("points", "not_whole_number")}
    assert [(i.field, i.reason, i.column) for i in outcomes[23].issues] == [
        ("name", "required", 0)]


def test_the_samples_points_are_opening_balances_in_the_ledger(services, sample_import):
    key = answer_key()
    members = stored_members(services)
    lots = ledger(services)
    assert {lot.kind for lot in lots} == {Kind.IMPORT}
    by_member = {lot.member_id: lot.points for lot in lots}
    for expected in key.values():
        if expected["status"] == "ok":
            member = members[expected["hp_e164"]]
            assert by_member.get(member.id, 0) == int(expected["poin"])
            balance = services.loyalty.standing(BUILTIN_OWNER, member.id).balance
            assert balance == int(expected["poin"])
    assert sample_import.result.points == sum(
        int(row["poin"]) for row in key.values() if row["status"] == "ok")


def test_importing_the_sample_again_skips_every_member(services, sample_import):
    again = import_file(services, BOOKKEEPER, ImportRequest(SAMPLE))
    assert again.result.summary() == {"rows": 28, "created": 0, "updated": 0, "skipped": 26,
                                      "rejected": 2}
    with_points = [row for row in answer_key().values()
                   if row["status"] == "ok" and int(row["poin"])]
    assert len(ledger(services)) == len(with_points)  # no second opening balance


def test_a_dry_run_of_the_sample_writes_nothing(services):
    done = import_file(services, BOOKKEEPER, ImportRequest(SAMPLE, dry_run=True))
    assert done.result.created == 25 and done.result.dry_run
    assert stored_members(services) == {} and ledger(services) == []
    table = done.table
    assert mapping_for(services, BOOKKEEPER, table) == (auto_mapping(table.headers), False)


def test_the_preview_shows_the_first_rows_as_they_will_be_saved(services):
    done = import_file(services, BOOKKEEPER, ImportRequest(SAMPLE, dry_run=True))
    first = done.preview[0]
    assert (first.row.row, first.outcome.action) == (2, Action.CREATED)
    assert first.row.values["phone"] == "+628228772646"
    assert [p.row.row for p in done.preview] == [o.row for o in done.result.outcomes]


# -- the error workbook ------------------------------------------------------------------
def test_the_error_workbook_holds_each_rejected_row_as_it_was_and_why(services, sample_import,
                                                                    tmp_path):
    path = write_error_workbook(sample_import, tmp_path / "errors.xlsx")
    sheet = load_workbook(path).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    headers = list(sample_import.table.headers)
    assert rows[0] == [*headers, *ERROR_COLUMNS]
    assert [r[len(headers)] for r in rows[1:]] == [20, 23]
    ahmad = dict(zip(rows[0], rows[1], strict=True))
    assert (ahmad["Nama"], ahmad["No. HP"], ahmad["Tanggal Lahir"], ahmad["Poin"]) == (
        "Ahmad Setiawan", "08123", "30/02/1985", "seratus")
    assert ahmad["Tanggal Daftar"] == datetime(2020, 12, 28)  # still a date cell
    assert ahmad["Column"] == "B (No. HP), C (Tanggal Lahir), F (Poin)"
    assert ahmad["Reason"] == (
        "phone: is not an Indonesian mobile number (got '08123'); birthday: is not a real "
        "calendar date (got '30/02/1985'); points: is not a whole number (got 'seratus')")
    nameless = dict(zip(rows[0], rows[2], strict=True))
    assert (nameless["Nama"], nameless["No. HP"], nameless["Column"]) == (
        None, "8952629774", "A (Nama)")  # the phone Excel made a number, as digits


def test_the_error_workbook_fixed_imports_again(services, sample_import, tmp_path):
    path = write_error_workbook(sample_import, tmp_path / "errors.xlsx",
                                describe=lambda issue: f"[{issue.reason}]",
                                texts={"Reason": "Alasan"})
    book = load_workbook(path)
    sheet = book.active
    assert sheet.cell(1, 10).value == "Alasan" and sheet.cell(2, 10).value == (
        "[not_mobile]; [impossible_date]; [not_whole_number]")
    sheet["B2"], sheet["C2"], sheet["F2"] = "0812-7000-1111", "03/02/1985", "100"
    sheet["A3"] = "Hendra Santoso"
    book.save(path)
    again = import_file(services, BOOKKEEPER, ImportRequest(path))
    assert again.result.summary() == {"rows": 2, "created": 2, "updated": 0, "skipped": 0,
                                      "rejected": 0}
    ahmad = stored_members(services)["+6281270001111"]
    assert (ahmad.name, ahmad.birthday) == ("Ahmad Setiawan", date(1985, 2, 3))


def test_an_error_workbook_without_rejected_rows_has_just_the_header(services, tmp_path):
    source = make_xlsx(tmp_path / "ok.xlsx", {"Member": [["Nama", "No HP"],
                                                        ["Ani", "081211110001"]]})
    done = import_file(services, BOOKKEEPER, ImportRequest(source))
    rows = list(load_workbook(write_error_workbook(done, tmp_path / "e.xlsx")).active.values)
    assert rows == [("Nama", "No HP", *ERROR_COLUMNS)]


def test_formula_like_cells_stay_text_in_the_error_workbook(services, tmp_path):
    source = tmp_path / "evil.csv"
    source.write_text('Nama;No HP\n"=HYPERLINK(""http://x"",""klik"")";bukan nomor\n',
                      encoding="utf-8")
    done = import_file(services, BOOKKEEPER, ImportRequest(source))
    assert done.result.rejected == 1
    cell = load_workbook(write_error_workbook(done, tmp_path / "e.xlsx")).active["A2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


# -- round trip through the export ---------------------------------------------------------
@pytest.fixture
def source_url(db_url, request, tmp_path):
    """A second empty database on the engine of `db_url`: the shop the export comes from."""
    engine = "sqlite" if db_url.startswith("sqlite") else "postgresql"
    with empty_database(engine, request, tmp_path / "source.db") as url:
        yield url


def build_source_shop(url: str) -> None:
    """Members with every field, built through the services."""
    shop = open_services(url)
    try:
        siti = shop.members.register(BUILTIN_OWNER, MemberInput(
            name="Siti Aminah", phone="0812-3456-7890", email="Siti@Example.com",
            birthday=date(1985, 5, 30), gender=Gender.FEMALE,
            address="Jl. Mawar No. 5, RT 01/RW 02, Bandung", notes="suka kopi",
            card="LAMA001", joined_on=date(2021, 4, 5), marketing_consent=True))
        budi = shop.members.register(BUILTIN_OWNER, MemberInput(
            name="Budi Santoso", phone="+62 857 1111 2222", gender=Gender.MALE,
            joined_on=date(2023, 1, 9)))
        shop.members.register(BUILTIN_OWNER, MemberInput(
            name="=HYPERLINK(\"http://x\")", phone="081399998888", address="-"))
        card_only = shop.members.register(BUILTIN_OWNER, MemberInput(
            name="Pak Kartu", card="LAMA002", notes="tanpa HP\nbayar tunai"))
        shop.members.update(BUILTIN_OWNER, card_only.id, {"status": "inactive"},
                            card_only.version)
        shop.loyalty.adjust(BUILTIN_OWNER, siti.id, 1250, "saldo dari kartu lama")
        shop.loyalty.adjust(BUILTIN_OWNER, budi.id, 30, "saldo dari kartu lama")
    finally:
        shop.close()


FIELDS = ("card", "name", "phone", "email", "birthday", "gender", "address", "joined_on",
          "marketing_consent", "status")


def exported_members(source_url, tmp_path):
    build_source_shop(source_url)
    source = open_services(source_url)
    try:
        write_xlsx(source.exports.members(BUILTIN_OWNER), tmp_path / "members.xlsx")
        with source.members._sessions() as session:
            members = {m.card: m for m in session.scalars(select(Member))}
        balances = {card: source.loyalty.standing(BUILTIN_OWNER, m.id).balance
                    for card, m in members.items()}
    finally:
        source.close()
    return tmp_path / "members.xlsx", members, balances


def test_round_trip_every_exported_field_comes_back(services, source_url, tmp_path):
    path, before, balances = exported_members(source_url, tmp_path)
    done = import_file(services, BOOKKEEPER, ImportRequest(path))
    assert done.result.summary() == {"rows": 4, "created": 4, "updated": 0, "skipped": 0,
                                     "rejected": 0}
    with services.members._sessions() as session:
        after = {m.card: m for m in session.scalars(select(Member))}
    assert set(after) == set(before)
    for card, member in before.items():
        got = after[card]
        assert [getattr(got, f) for f in FIELDS] == [getattr(member, f) for f in FIELDS], card
        assert services.loyalty.standing(BUILTIN_OWNER, got.id).balance == balances[card]
    assert {lot.kind for lot in ledger(services)} == {Kind.IMPORT}


def test_round_trip_keeps_notes(services, source_url, tmp_path):
    path, before, _ = exported_members(source_url, tmp_path)
    import_file(services, BOOKKEEPER, ImportRequest(path))
    with services.members._sessions() as session:
        after = {m.card: m.notes for m in session.scalars(select(Member))}
    assert after == {card: m.notes for card, m in before.items()}


# -- mappings, sheets, refusals --------------------------------------------------------------
def test_a_real_run_remembers_its_mapping_for_the_header_set(services, tmp_path):
    headers = ["Nama", "Telepon", "Telepon Kantor"]
    first = make_xlsx(tmp_path / "a.xlsx", {"Data": [headers, ["Ani", "-", "081211110001"]]})
    mapping = {"name": [0], "phone": [2]}
    done = import_file(services, BOOKKEEPER, ImportRequest(first, mapping=mapping))
    assert done.result.created == 1
    second = make_xlsx(tmp_path / "b.xlsx", {"Data": [headers, ["Budi", "-", "081211110002"]]})
    again = import_file(services, BOOKKEEPER, ImportRequest(second))
    assert again.mapping == mapping and again.result.created == 1
    assert mapping_for(services, BOOKKEEPER, again.table) == (mapping, True)
    remember_mapping(services, BOOKKEEPER, again.table, {"name": [0], "phone": [1]})
    assert mapping_for(services, BOOKKEEPER, again.table)[0] == {"name": [0], "phone": [1]}


def test_the_chosen_sheet_and_header_row_are_read(services, tmp_path):
    path = make_xlsx(tmp_path / "two.xlsx", {
        "Catatan": [["Nama", "No HP"], ["Ani", "081211110001"]],
        "Member": [["Daftar member toko"], [], ["Nama", "No HP"], ["Budi", "081211110002"]]})
    done = import_file(services, BOOKKEEPER, ImportRequest(path, sheet="Member"))
    assert (done.table.sheet, done.table.header_row, done.result.created) == ("Member", 3, 1)
    assert "+6281211110002" in stored_members(services)
    with pytest.raises(FileRefused, match="no sheet named 'Nope'"):
        import_file(services, BOOKKEEPER, ImportRequest(path, sheet="Nope"))


def test_a_mapping_without_a_name_is_refused_before_anything_is_read(services):
    with pytest.raises(InvalidField, match="name: is not matched"):
        import_file(services, BOOKKEEPER, ImportRequest(SAMPLE, mapping={"phone": [1]}))
    assert stored_members(services) == {}


def test_a_cashier_is_refused_before_the_file_is_opened(services, tmp_path):
    with pytest.raises(PermissionDenied):
        import_file(services, CASHIER, ImportRequest(tmp_path / "does-not-exist.xlsx"))


def test_reading_reports_progress_and_can_be_cancelled(services, tmp_path):
    rows = [["Nama", "No HP"]] + [[f"M {i}", f"0812{i:08d}"] for i in range(3_000)]
    path = make_xlsx(tmp_path / "many.xlsx", {"Member": rows})
    seen = []
    done = import_file(services, BOOKKEEPER, ImportRequest(path),
                       progress=lambda d, t: seen.append((d, t)))
    assert done.result.created == 3_000
    assert seen[0] == (0, 6_000) and seen[-1] == (6_000, 6_000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    other = make_xlsx(tmp_path / "more.xlsx", {"Member": [["Nama", "No HP"]] + [
        [f"N {i}", f"0813{i:08d}"] for i in range(3_000)]})
    with pytest.raises(Cancelled):
        import_file(services, BOOKKEEPER, ImportRequest(other), cancel=lambda: True)
    assert len(stored_members(services)) == 3_000


# -- purchase history ------------------------------------------------------------------------
def test_purchase_history_from_a_file(services, tmp_path):
    services.members.register(BUILTIN_OWNER, MemberInput(name="Ani", phone="081211110001",
                                                         card="K1"))
    path = make_xlsx(tmp_path / "riwayat.xlsx", {"Transaksi": [
        ["No. Struk", "Tanggal", "Kode Member", "Total"],
        ["S-1", "05/01/2026", "K1", "Rp 125.000"],
        ["S-1", "05/01/2026", "K1", 125000],
        ["S-2", "06/01/2026", "K9", 50000],
        ["S-3", "07/01/2026", "K1", "seratus"]]})
    done = import_file(services, BOOKKEEPER, ImportRequest(path, PURCHASES))
    assert done.result.summary() == {"rows": 4, "created": 1, "updated": 0, "skipped": 1,
                                     "rejected": 2}
    assert [o.issues[0].column for o in done.result.outcomes[1:]] == [0, 2, 3]
    (bought,) = services.purchases.list(BUILTIN_OWNER)
    assert (bought.amount, bought.receipt, bought.purchased_at) == (
        125_000, "S-1", datetime(2026, 1, 5))
    assert [lot.kind for lot in ledger(services)] == [Kind.WELCOME]  # no points: not asked


def test_issue_messages_come_from_the_reason_tables():
    assert RowIssue("card", "member_not_found", "K9", params={"key": "card"}).message() == (
        "card: no active member has this card")
    assert RowIssue("name", "required").message() == "name: is required (got None)"
    assert OnDuplicate("fill") == OnDuplicate.FILL and MEMBERS == "members"
