"""A customer's data on request and erasure (UU PDP, issue #9), on both engines: the workbook
holds the member's real rows and no one else's; erasure empties every personal field and
everything written about the person while the shop's totals stay exactly as they were."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from tests.factories import make_member, make_purchase
from tokocrm.domain.errors import InvalidField, MergeRefused, PermissionDenied
from tokocrm.domain.loyalty import RewardKind, RewardTerms
from tokocrm.domain.members import Gender
from tokocrm.domain.privacy import ERASED_NAME
from tokocrm.domain.roles import Role
from tokocrm.io.xlsx_export import write_xlsx
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import MemberDetail
from tokocrm.services.feedback_dto import FeedbackInput

OWNER = BUILTIN_OWNER
CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
BOOKKEEPER = Actor(username="dewi", role=Role.BOOKKEEPER, till="kantor")
REASON = "Permintaan pelanggan lewat WhatsApp"
# What the shop knows of Siti (and her merged duplicate): none of it may survive erasure.
SITI_TEXTS = ("Siti", "+6281234567890", "0812-3456-7890", "siti@example.com", "Jl. Melati",
              "Jl. Mawar", "suka kopi", "1990-01-12", "+6281299990000", "arisan",
              "kecewa", "Maaf Bu", "Ditelepon", "ulang tahun")


@dataclass(frozen=True)
class Customers:
    siti: MemberDetail
    twin: MemberDetail  # Siti registered twice, merged into her record
    budi: MemberDetail  # referred Siti
    citra: MemberDetail  # someone else entirely
    complaint_case: int


@pytest.fixture
def customers(shop, clock) -> Customers:
    """Siti with something on every sheet: purchases (one voided), points earned, adjusted
    and redeemed, a complaint answered and resolved, an edit, and a duplicate merged in."""
    clock.set(2026, 1, 5, 9, 0)
    budi = make_member(shop, "Budi Santoso", "0813-1111-2222")
    citra = make_member(shop, "Citra Lestari", "0815-5555-6666", notes="Citra's note")
    siti = make_member(shop, "Siti Aminah", "0812-3456-7890", email="siti@example.com",
                       birthday=date(1990, 1, 12), gender=Gender.FEMALE,
                       address="Jl. Melati 5", notes="suka kopi", marketing_consent=True,
                       referred_by_id=budi.id)
    twin = make_member(shop, "Siti A.", "0812-9999-0000")
    clock.set(2026, 2, 1, 10, 0)
    make_purchase(shop, siti, 100_000, receipt="S-1", note="untuk arisan")
    make_purchase(shop, twin, 60_000, receipt="S-2")
    wrong = make_purchase(shop, siti, 40_000, receipt="S-3")
    shop.purchases.void(OWNER, wrong.id, "salah ketik")
    make_purchase(shop, citra, 70_000, receipt="C-1")
    tea = shop.loyalty.add_reward(OWNER, "Gratis Teh", RewardTerms(RewardKind.FREE_ITEM, 5))
    shop.loyalty.redeem(OWNER, siti.id, tea.id)
    shop.loyalty.adjust(OWNER, siti.id, 20, "hadiah ulang tahun Siti")
    said = shop.feedback.record(OWNER, FeedbackInput(
        rating=1, member_id=siti.id, channel="whatsapp", comment="Siti kecewa, beras basah"))
    shop.feedback.reply(OWNER, said.id, "whatsapp", "Maaf Bu Siti, kami ganti")
    shop.feedback.resolve(OWNER, said.case_id, "Ditelepon, beras diganti")
    shop.feedback.record(OWNER, FeedbackInput(rating=5, member_id=twin.id, comment="Siti senang"))
    shop.feedback.record(OWNER, FeedbackInput(rating=4, member_id=citra.id, comment="Citra ok"))
    hello = shop.messages.add_template(OWNER, "Sapaan", "service", "Halo {nama}")
    shop.messages.log_send(CASHIER, siti.id, hello.id, "Halo Siti, beras sudah diganti",
                           "whatsapp")
    shop.messages.log_send(CASHIER, citra.id, hello.id, "Halo Citra", "whatsapp")
    siti = shop.members.update(OWNER, siti.id, {"address": "Jl. Mawar 7"}, siti.version)
    siti = shop.members.merge(OWNER, siti.id, twin.id)
    clock.set(2026, 3, 10, 10, 0)
    return Customers(siti, twin, budi, citra, said.case_id)


def sheet_rows(book, name):
    rows = list(book[name].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def every_value(book) -> list[str]:
    return [str(value) for sheet in book for row in sheet.iter_rows(values_only=True)
            for value in row if value is not None]


def totals(shop, member_id):
    """The shop's figures that erasure must leave as they are."""
    with shop.exports.purchases(OWNER).reading() as sheets:
        purchases = [(row[0], row[5], row[11]) for row in sheets[0].rows()]
    with shop.exports.ledger(OWNER).reading() as sheets:
        points = sum(row[4] for row in sheets[0].rows())
    return (purchases, points, shop.loyalty.totals(OWNER), shop.feedback.figures(OWNER),
            shop.purchases.stats(OWNER, member_id), shop.loyalty.standing(OWNER, member_id))


# -- the member's data -------------------------------------------------------------------------
def test_the_workbook_holds_every_sheet_with_the_members_own_rows(shop, customers, tmp_path):
    siti, twin = customers.siti, customers.twin
    out = tmp_path / "siti.xlsx"
    written = write_xlsx(shop.privacy.member_data(BOOKKEEPER, siti.id), out)
    book = load_workbook(out)

    assert book.sheetnames == ["Profile", "Purchases", "Points ledger", "Redemptions",
                               "Feedback", "Messages"]
    assert [(r["Field"], r["Value"]) for r in sheet_rows(book, "Profile")] == [
        ("Card", siti.card), ("Name", "Siti Aminah"), ("Phone", "0812-3456-7890"),
        ("Email", "siti@example.com"), ("Birthday", datetime(1990, 1, 12)),
        ("Gender", "female"), ("Address", "Jl. Mawar 7"), ("Notes", "suka kopi"),
        ("Joined", datetime(2026, 1, 5)), ("Status", "active"), ("Marketing consent", True),
        ("Consent given", datetime(2026, 1, 5, 9, 0)), ("Referred by", "Budi Santoso"),
        ("Merged record", f"{twin.card}, Siti A., 0812-9999-0000")]
    purchases = sheet_rows(book, "Purchases")
    assert [(p["Receipt"], p["Amount"], p["Voided"], p["Note"]) for p in purchases] == [
        ("S-1", 100_000, False, "untuk arisan"), ("S-2", 60_000, False, None),
        ("S-3", 40_000, True, None)]
    ledger = sheet_rows(book, "Points ledger")
    assert sum(e["Points"] for e in ledger) == shop.loyalty.standing(OWNER, siti.id).balance
    assert {e["Card"] for e in ledger} == {siti.card, twin.card}  # the twin's points moved
    assert ("adjust", 20, "hadiah ulang tahun Siti") in [
        (e["Kind"], e["Points"], e["Reason"]) for e in ledger]
    assert [(r["Reward"], r["Points"]) for r in sheet_rows(book, "Redemptions")] == [
        ("Gratis Teh", 5)]
    feedback = sheet_rows(book, "Feedback")
    assert [(f["Rating"], f["Comment"], f["Case status"], f["Resolution"]) for f in feedback] == [
        (1, "Siti kecewa, beras basah", "resolved", "Ditelepon, beras diganti"),
        (5, "Siti senang", None, None)]
    assert feedback[0]["Replies"] == "2026-02-01 10:00 whatsapp (owner): Maaf Bu Siti, kami ganti"
    assert [tuple(m.values()) for m in sheet_rows(book, "Messages")] == [
        (datetime(2026, 2, 1, 10, 0), siti.card, "Sapaan", "whatsapp",
         "Halo Siti, beras sudah diganti", "kasir-1", "ani")]
    assert written.rows == 14 + 3 + len(ledger) + 1 + 2 + 1


def test_the_workbook_holds_nothing_of_another_customer(shop, customers, tmp_path):
    out = tmp_path / "siti.xlsx"
    write_xlsx(shop.privacy.member_data(BOOKKEEPER, customers.siti.id), out)
    text = "\n".join(every_value(load_workbook(out)))
    for theirs in ("Citra", customers.citra.card, "C-1", "+6281555556666", "0815-5555-6666",
                   customers.budi.card, "0813-1111-2222"):
        assert theirs not in text
    assert "Budi Santoso" in text  # only as who referred her


def test_writing_the_workbook_goes_into_the_audit_trail(shop, customers, tmp_path):
    out = tmp_path / "siti.xlsx"
    export = shop.privacy.member_data(BOOKKEEPER, customers.siti.id)
    assert shop.audit.events(OWNER, action="member_data_exported") == []  # not written yet
    written = write_xlsx(export, out)
    [event] = shop.audit.events(OWNER, action="member_data_exported")
    assert (event.username, event.subject, event.details) == (
        "dewi", f"member {customers.siti.id}", {"file": str(out), "rows": written.rows})


def test_a_merged_record_has_no_data_of_its_own(shop, customers):
    with pytest.raises(InvalidField) as refused:
        shop.privacy.member_data(OWNER, customers.twin.id)
    assert refused.value.params["reason"] == "merged"


# -- erasure -----------------------------------------------------------------------------------
def test_erasure_empties_every_personal_field(shop, customers, clock):
    siti, twin = customers.siti, customers.twin
    shop.privacy.erase(OWNER, siti.id, REASON)

    erased = shop.members.get(OWNER, siti.id)
    assert erased == MemberDetail(
        id=siti.id, card=f"ERASED-{siti.id}", name=ERASED_NAME, phone=None, email=None,
        birthday=None, gender=None, address=None, notes=None, joined_on=siti.joined_on,
        referred_by_id=None, marketing_consent=False, consent_at=None, status="inactive",
        merged_into_id=None, version=erased.version, erased_at=clock.now)
    duplicate = shop.members.get(OWNER, twin.id)
    assert (duplicate.card, duplicate.name, duplicate.phone, duplicate.status,
            duplicate.merged_into_id, duplicate.erased_at) == (
        f"ERASED-{twin.id}", ERASED_NAME, None, "merged", siti.id, clock.now)


def test_erasure_keeps_the_shops_totals(shop, customers):
    before = totals(shop, customers.siti.id)
    shop.privacy.erase(OWNER, customers.siti.id, REASON)
    assert totals(shop, customers.siti.id) == before


def test_erasure_blanks_what_was_written_about_the_customer(shop, customers, tmp_path):
    siti = customers.siti
    shop.privacy.erase(OWNER, siti.id, REASON)

    out = tmp_path / "erased.xlsx"
    write_xlsx(shop.privacy.member_data(OWNER, siti.id), out)
    book = load_workbook(out)
    text = "\n".join(every_value(book))
    assert not [t for t in (*SITI_TEXTS, siti.card, customers.twin.card) if t in text]
    assert [(f["Rating"], f["Comment"], f["Resolution"]) for f in sheet_rows(book, "Feedback")
            ] == [(1, None, None), (5, None, None)]
    # Who sent which template when stays; what it said (her name, her story) goes.
    assert [(m["Template"], m["By"], m["Text"]) for m in sheet_rows(book, "Messages")] == [
        ("Sapaan", "ani", None)]
    assert [m.text for m in shop.messages.timeline(OWNER, customers.citra.id)] == ["Halo Citra"]
    assert "salah ketik" in text  # a void reason is the books', about the sale
    case = shop.feedback.case(OWNER, customers.complaint_case)
    assert [(r.channel, r.text) for r in case.replies] == [("whatsapp", "")]
    assert [(e.kind, e.detail) for e in case.history] == [
        ("opened", None), ("replied", None), ("resolved", None)]


def test_the_erased_customer_is_in_no_member_list_nor_search(shop, customers):
    siti = customers.siti
    shop.privacy.erase(OWNER, siti.id, REASON)

    with shop.exports.members(OWNER).reading() as sheets:
        listed = [row[1] for row in sheets[0].rows()]
        counted = sheets[0].count
    assert listed == ["Budi Santoso", "Citra Lestari"] and counted == 2
    with shop.exports.members(OWNER, member_ids=[siti.id]).reading() as sheets:  # a segment's
        assert list(sheets[0].rows()) == []
    for typed in ("Siti", siti.card, customers.twin.card, "0812-3456-7890", "Erased",
                  "member", f"ERASED-{siti.id}"):
        assert shop.members.find(OWNER, typed) == [], typed
    assert shop.segments.of_member(OWNER, siti.id) is None
    with shop.exports.purchases(OWNER).reading() as sheets:  # their purchases stay, anonymous
        assert {(row[2], row[3], row[4]) for row in sheets[0].rows() if row[2] != "C-1"} == {
            (receipt, f"ERASED-{siti.id}", ERASED_NAME) for receipt in ("S-1", "S-2", "S-3")}


def test_the_audit_records_the_erasure_and_keeps_nothing_erased(shop, customers):
    siti = customers.siti
    shop.privacy.erase(OWNER, siti.id, REASON)

    [event] = shop.audit.events(OWNER, action="member_erased")
    assert (event.username, event.subject, event.details["reason"], event.details["records"]) == (
        "owner", f"member {siti.id}", REASON, 2)
    trail = json.dumps([e.details for e in shop.audit.events(OWNER)], ensure_ascii=False)
    assert not [t for t in (*SITI_TEXTS, siti.card, customers.twin.card) if t in trail]
    [edit] = shop.audit.events(OWNER, action="member_edited")
    assert edit.details == {"card": None, "old": {"address": None}, "new": {"address": None}}


def test_an_erased_member_is_not_edited_merged_or_erased_again(shop, customers):
    siti = customers.siti
    shop.privacy.erase(OWNER, siti.id, REASON)
    erased = shop.members.get(OWNER, siti.id)
    for attempt in (lambda: shop.members.update(OWNER, siti.id, {"name": "Siti"}, erased.version),
                    lambda: shop.privacy.erase(OWNER, siti.id, REASON)):
        with pytest.raises(InvalidField) as refused:
            attempt()
        assert refused.value.params["reason"] == "erased"
    with pytest.raises(MergeRefused):
        shop.members.merge(OWNER, siti.id, customers.citra.id)
    assert shop.members.get(OWNER, siti.id) == erased


def test_a_merged_record_or_no_reason_is_refused(shop, customers):
    with pytest.raises(InvalidField) as merged:
        shop.privacy.erase(OWNER, customers.twin.id, REASON)
    with pytest.raises(InvalidField) as no_reason:
        shop.privacy.erase(OWNER, customers.siti.id, "  ")
    assert (merged.value.params["reason"], no_reason.value.params["reason"]) == (
        "merged", "required")
    assert shop.members.get(OWNER, customers.siti.id).erased_at is None


# -- who may -----------------------------------------------------------------------------------
def test_only_the_owner_erases_and_a_cashier_exports_nothing(shop, customers):
    siti = customers.siti
    for someone in (CASHIER, BOOKKEEPER):
        with pytest.raises(PermissionDenied):
            shop.privacy.erase(someone, siti.id, REASON)
    with pytest.raises(PermissionDenied):
        shop.privacy.member_data(CASHIER, siti.id)
    assert shop.members.get(OWNER, siti.id).name == "Siti Aminah"
    assert shop.audit.events(OWNER, action="member_erased") == []
