"""The export service on both engines: who may export, what the rows say, and the monthly
bookkeeping figures of a small shop built through the services with a clock the tests move."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from tests.services.conftest import NO_BONUSES
from tokocrm.domain.errors import PermissionDenied
from tokocrm.domain.loyalty import DEFAULT_TIERS, tier_for
from tokocrm.domain.members import Gender
from tokocrm.domain.phone import format_local, parse_mobile
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import MemberInput, PurchaseInput
from tokocrm.services.export_queries import FEEDBACK_COLUMNS, LocalPhones, TierNames
from tokocrm.services.export_sheets import Kind
from tokocrm.services.feedback_dto import FeedbackInput

CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
BOOKKEEPER = Actor(username="dewi", role=Role.BOOKKEEPER, till="kantor")


def member(shop, name, phone, **fields):
    return shop.members.register(BUILTIN_OWNER, MemberInput(name=name, phone=phone, **fields))


def buy(shop, who, amount, at=None, **fields):
    return shop.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=who.id, amount=amount,
                                                              at=at, **fields))


def read(export):
    """{sheet name: (headers, rows)} as the service hands them to a writer."""
    with export.reading() as sheets:
        return {s.name: ([c.key for c in s.columns], [tuple(r) for r in s.rows()], s.count)
                for s in sheets}


def rows_by(export, sheet, key):
    headers, rows, _ = read(export)[sheet]
    return [dict(zip(headers, r, strict=True)) for r in rows], headers.index(key)


# -- permissions -------------------------------------------------------------------------------
def test_a_cashier_may_not_export_anything(shop):
    for make in (lambda a: shop.exports.members(a), lambda a: shop.exports.purchases(a),
                 lambda a: shop.exports.ledger(a), lambda a: shop.exports.feedback(a),
                 lambda a: shop.exports.monthly(a, date(2026, 2, 1))):
        with pytest.raises(PermissionDenied):
            make(CASHIER)  # refused at once, before anything is read
        assert read(make(BOOKKEEPER)) is not None


# -- members -----------------------------------------------------------------------------------
def test_member_rows_carry_contact_and_loyalty_figures(shop, clock):
    clock.set(2025, 1, 5, 9, 0)
    siti = member(shop, "Siti Aminah", "+62 812 3456 7890", email="Siti@Example.com",
                  birthday=date(1990, 1, 12), gender=Gender.FEMALE, address="Jl. Melati 5",
                  marketing_consent=True, notes="suka kopi")
    buy(shop, siti, 3_000_000)  # more than 12 months before the export: total only
    clock.set(2026, 1, 15, 10, 0)
    budi = member(shop, "Budi", "0813-1111-2222")
    buy(shop, siti, 4_000_000)
    last = buy(shop, siti, 1_500_000)
    voided = buy(shop, siti, 9_000_000)
    shop.purchases.void(BUILTIN_OWNER, voided.id, "salah ketik")
    clock.set(2026, 3, 10, 10, 0)

    rows, _ = rows_by(shop.exports.members(BOOKKEEPER), "Members", "Card")
    assert [r["Name"] for r in rows] == ["Siti Aminah", "Budi"]
    first = rows[0]
    assert first == {
        "Card": siti.card, "Name": "Siti Aminah", "Phone": "0812-3456-7890",
        "Email": "siti@example.com", "Birthday": date(1990, 1, 12), "Gender": "female",
        "Address": "Jl. Melati 5", "Notes": "suka kopi", "Joined": date(2025, 1, 5),
        "Status": "active",
        "Marketing consent": True, "Points": 300 + 400 + 187, "Tier": "Gold",
        "Spend 12 months": 5_500_000, "Total spend": 8_500_000, "Visits": 3,
        "Last visit": last.purchased_at.date()}
    assert rows[1] | {"Card": None} == {
        "Card": None, "Name": "Budi", "Phone": "0813-1111-2222", "Email": None,
        "Birthday": None, "Gender": None, "Address": None, "Notes": None,
        "Joined": date(2026, 1, 15),
        "Status": "active", "Marketing consent": False, "Points": 0, "Tier": "Silver",
        "Spend 12 months": 0, "Total spend": 0, "Visits": 0, "Last visit": None}
    # The same figures the member's profile shows.
    standing = shop.loyalty.standing(BUILTIN_OWNER, siti.id)
    stats = shop.purchases.stats(BUILTIN_OWNER, siti.id)
    assert (first["Points"], first["Tier"], first["Spend 12 months"]) == (
        standing.balance, standing.tier.tier.name, standing.tier.spend_12m)
    assert (first["Total spend"], first["Visits"]) == (stats.total_spend, stats.visits)
    assert budi.card != siti.card


def test_only_the_given_members_such_as_a_segment(shop):
    ani, budi, citra = (member(shop, n, f"08120000000{i}") for i, n in
                        enumerate(("Ani", "Budi", "Citra"), start=1))
    rows, _ = rows_by(shop.exports.members(BOOKKEEPER, member_ids=[citra.id, ani.id]),
                      "Members", "Card")
    assert [r["Name"] for r in rows] == ["Ani", "Citra"]
    assert read(shop.exports.members(BOOKKEEPER, member_ids=[]))["Members"][1] == []
    assert budi.id not in (ani.id, citra.id)


def test_merged_records_are_left_out_and_joined_dates_filter(shop, clock):
    clock.set(2026, 1, 31, 12, 0)
    january = member(shop, "Januari", "081200000001")
    clock.set(2026, 2, 1, 9, 0)
    february = member(shop, "Februari", "081200000002")
    twin = member(shop, "Februari Dua", "081200000003")
    shop.members.merge(BUILTIN_OWNER, february.id, twin.id)
    clock.set(2026, 3, 10, 10, 0)

    everyone = read(shop.exports.members(BOOKKEEPER))["Members"]
    assert [r[1] for r in everyone[1]] == ["Januari", "Februari"] and everyone[2] == 2
    joined_feb = read(shop.exports.members(BOOKKEEPER, date(2026, 2, 1), date(2026, 2, 28)))
    assert [r[1] for r in joined_feb["Members"][1]] == ["Februari"]
    assert joined_feb["Members"][2] == 1
    assert january.id != february.id


@pytest.mark.parametrize("spend", [-1, 0, 1, 4_999_999, 5_000_000, 5_000_001, 14_999_999,
                                   15_000_000, 10**12])
def test_tier_names_agree_with_the_loyalty_rules(spend):
    shuffled = (DEFAULT_TIERS[2], DEFAULT_TIERS[0], DEFAULT_TIERS[1])
    expected = tier_for(max(spend, 0), DEFAULT_TIERS).tier.name
    assert TierNames(shuffled).name(spend) == expected


def test_local_phones_agree_with_phonenumbers():
    numbers = ["+6281234567890", "+628123456789", "+62812345678", "+62812345678901",
               "+6285712345678", "+6288123456789", "+6281298765432", "+62895123456789"]
    phones = LocalPhones()
    for _ in range(2):  # the first time through phonenumbers, then from the learnt shapes
        assert [phones(n) for n in numbers] == [format_local(n) for n in numbers]
    assert phones(None) is None


def test_local_phones_agree_with_phonenumbers_on_many_numbers():
    rng = random.Random(6)
    numbers = [parse_mobile(f"08{rng.randint(10, 99)}{rng.randint(0, 10**n - 1):0{n}d}")
               for n in (6, 7, 8, 9) for _ in range(500)]
    valid = [n for n in numbers if n is not None]
    assert len(valid) > 1000
    phones = LocalPhones()
    assert [phones(n) for n in valid] == [format_local(n) for n in valid]


# -- purchases and the ledger --------------------------------------------------------------------
def test_purchases_in_a_date_range_inclusive_with_voided_ones_marked(shop, clock):
    clock.set(2026, 2, 28, 23, 0)
    siti = member(shop, "Siti", "081234567890")
    buy(shop, siti, 10_000, receipt="R-0228")
    clock.set(2026, 3, 1, 0, 0)
    march = buy(shop, siti, 20_000, receipt="R-0301", items_count=3)
    clock.set(2026, 3, 2, 23, 59)
    wrong = buy(shop, siti, 30_000, receipt="R-0302")
    shop.purchases.void(BUILTIN_OWNER, wrong.id, "double")
    clock.set(2026, 3, 3, 0, 0)
    buy(shop, siti, 40_000, receipt="R-0303")

    rows, _ = rows_by(shop.exports.purchases(BOOKKEEPER, date(2026, 3, 1), date(2026, 3, 2)),
                      "Purchases", "Receipt")
    assert [(r["Receipt"], r["Amount"], r["Voided"], r["Void reason"]) for r in rows] == [
        ("R-0301", 20_000, False, None), ("R-0302", 30_000, True, "double")]
    assert rows[0] | {"Date": None} == {
        "Purchase ID": march.id, "Date": None, "Receipt": "R-0301", "Card": siti.card,
        "Member": "Siti", "Amount": 20_000, "Discount": 0, "Items": 3, "Categories": None,
        "Branch": "", "Till": BUILTIN_OWNER.till, "Recorded by": "owner", "Voided": False,
        "Void reason": None, "Note": None}
    assert rows[0]["Date"] == datetime(2026, 3, 1, 0, 0)
    everything = read(shop.exports.purchases(BOOKKEEPER))["Purchases"]
    assert len(everything[1]) == everything[2] == 4


def test_purchase_categories_and_points_paid_discount(shop, clock):
    clock.set(2026, 3, 1, 9, 0)
    shop.loyalty.set_rules(BUILTIN_OWNER, replace(NO_BONUSES, welcome_bonus=50))
    siti = member(shop, "Siti", "081234567890")
    known = {c.name: c.id for c in shop.categories.list(BUILTIN_OWNER)}  # the shop's defaults
    ids = (known["Sembako"], known["Minuman"])
    paid = buy(shop, siti, 100_000, category_ids=ids, pay_points=30)
    rows, _ = rows_by(shop.exports.purchases(BOOKKEEPER), "Purchases", "Receipt")
    assert (rows[0]["Categories"], rows[0]["Amount"], rows[0]["Discount"]) == (
        "Minuman, Sembako", 97_000, 3_000)
    ledger, _ = rows_by(shop.exports.ledger(BOOKKEEPER), "Points ledger", "Kind")
    assert [(e["Kind"], e["Points"], e["Purchase ID"]) for e in ledger] == [
        ("welcome", 50, None), ("redeem", -30, paid.id), ("earn", 9, paid.id)]
    assert ledger[0]["Expires on"] == date(2027, 3, 1) and ledger[1]["By"] == "owner"
    assert ledger[1]["Redemption ID"] is not None and ledger[0]["Card"] == siti.card


def test_ledger_in_a_date_range(shop, clock):
    shop.loyalty.set_rules(BUILTIN_OWNER, replace(NO_BONUSES, welcome_bonus=10))
    clock.set(2026, 1, 31, 23, 59)
    member(shop, "Januari", "081200000001")
    clock.set(2026, 2, 1, 0, 0)
    member(shop, "Februari", "081200000002")
    clock.set(2026, 3, 1, 0, 0)
    member(shop, "Maret", "081200000003")
    rows, _ = rows_by(shop.exports.ledger(BOOKKEEPER, date(2026, 2, 1), date(2026, 2, 28)),
                      "Points ledger", "Member")
    assert [(r["Member"], r["Time"]) for r in rows] == [("Februari", datetime(2026, 2, 1))]
    assert len(read(shop.exports.ledger(BOOKKEEPER, date(2026, 2, 1)))["Points ledger"][1]) == 2


# -- customer feedback ---------------------------------------------------------------------------
def said(shop, rating, who=None, **fields):
    return shop.feedback.record(BUILTIN_OWNER, FeedbackInput(
        rating=rating, member_id=None if who is None else who.id, **fields))


def test_feedback_in_a_date_range_with_cases_and_walk_ins(shop, clock):
    siti = member(shop, "Siti", "081234567890")
    clock.set(2026, 2, 28, 23, 59)
    said(shop, 5, siti)  # the day before: left out
    clock.set(2026, 3, 1, 0, 0)
    said(shop, 1, siti, nps=2, category="Produk", channel="whatsapp",
         comment='=HYPERLINK("http://x","klik")')
    clock.set(2026, 3, 2, 12, 0)
    walk_in = said(shop, 4, nps=9, category="Harga", comment="Antre lama", complaint=True)
    clock.set(2026, 3, 2, 13, 30)
    shop.feedback.resolve(BUILTIN_OWNER, walk_in.case_id, "Kasir kedua dibuka")
    clock.set(2026, 3, 3, 0, 0)
    said(shop, 3)  # the day after: left out

    rows, _ = rows_by(shop.exports.feedback(BOOKKEEPER, date(2026, 3, 1), date(2026, 3, 2)),
                      "Feedback", "Time")
    assert rows == [
        {"Time": datetime(2026, 3, 1), "Card": siti.card, "Member": "Siti", "Rating": 1,
         "NPS": 2, "Category": "Produk", "Channel": "whatsapp", "Complaint": True,
         "Case status": "open", "Due": datetime(2026, 3, 3), "Resolved": None,
         "Resolution": None, "Comment": '=HYPERLINK("http://x","klik")', "Branch": "",
         "Recorded by": "owner"},
        {"Time": datetime(2026, 3, 2, 12), "Card": None, "Member": None, "Rating": 4,
         "NPS": 9, "Category": "Harga", "Channel": "counter", "Complaint": True,
         "Case status": "resolved", "Due": datetime(2026, 3, 4, 12),
         "Resolved": datetime(2026, 3, 2, 13, 30), "Resolution": "Kasir kedua dibuka",
         "Comment": "Antre lama", "Branch": "", "Recorded by": "owner"}]
    everything = read(shop.exports.feedback(BOOKKEEPER))["Feedback"]
    assert len(everything[1]) == everything[2] == 4
    plain = everything[1][0]
    assert (plain[3], plain[4], plain[5], plain[7], plain[8]) == (5, None, "Lainnya", False, None)
    assert len(read(shop.exports.feedback(BOOKKEEPER, date(2026, 3, 3)))["Feedback"][1]) == 1


def test_feedback_columns_are_typed_and_free_text_is_text():
    kinds = {c.key: c.kind for c in FEEDBACK_COLUMNS}
    assert (kinds["Time"], kinds["Due"], kinds["Resolved"]) == (Kind.DATETIME,) * 3
    assert (kinds["Rating"], kinds["NPS"], kinds["Complaint"]) == (Kind.COUNT, Kind.COUNT,
                                                                   Kind.FLAG)
    # TEXT cells never become formulas (io.xlsx_export): comments and resolutions are free text
    assert {kinds[k] for k in ("Card", "Member", "Comment", "Resolution")} == {Kind.TEXT}


# -- the monthly workbook --------------------------------------------------------------------------
@pytest.fixture
def february(shop, clock):
    """A small shop whose February has a bit of everything: sales, a points payment, a void,
    new members, and expiry of a January lot."""
    shop.loyalty.set_rules(BUILTIN_OWNER, replace(NO_BONUSES, expiry_months=1))
    clock.set(2026, 1, 10, 10, 0)
    siti = member(shop, "Siti", "081200000001")
    buy(shop, siti, 200_000)  # 20 points, expiring 10 February
    clock.set(2026, 2, 3, 9, 0)
    budi = member(shop, "Budi", "081200000002")
    member(shop, "Ani", "081200000003")
    buy(shop, siti, 100_000)  # 10 points
    buy(shop, budi, 50_000)  # 5 points
    clock.set(2026, 2, 5, 10, 0)
    buy(shop, siti, 300_000, pay_points=10)  # Rp 1.000 off: pays 299.000, earns 29
    wrong = buy(shop, budi, 80_000)  # 8 points, taken back by the void
    shop.purchases.void(BUILTIN_OWNER, wrong.id, "salah member")
    clock.set(2026, 2, 11, 8, 0)
    assert shop.loyalty.expire(BUILTIN_OWNER).expired_points == 10  # what the payment left
    clock.set(2026, 3, 2, 10, 0)
    buy(shop, siti, 40_000)  # March: not in February's book
    clock.set(2026, 3, 10, 10, 0)
    return shop.exports.monthly(BOOKKEEPER, date(2026, 2, 17))


def test_monthly_summary_of_a_small_shop(february):
    book = read(february)
    assert list(book) == ["Summary", "Days", "Purchases", "Points ledger"]
    summary = dict(book["Summary"][1])
    assert {label: value for label, (_, value) in summary.items()} == {
        "From": date(2026, 2, 1), "To": date(2026, 2, 28),
        "Revenue": 100_000 + 50_000 + 299_000,  # what was paid; the voided sale is out
        "Purchases": 3, "Points discount": 1_000, "Voided purchases": 1,
        "Active members": 2, "New members": 2,
        "Points outstanding at start": 20, "Points issued": 10 + 5 + 29 + 8 - 8,
        "Points redeemed": 10, "Points expired": 10, "Points outstanding at end": 44,
        "Point value": 100, "Points liability": 4_400,
        "Exported at": datetime(2026, 3, 10, 10, 0)}
    kinds = {label: kind.value for label, (kind, _) in summary.items()}
    assert (kinds["Revenue"], kinds["Purchases"], kinds["Points issued"], kinds["From"]) == (
        "rupiah", "count", "points", "date")


def test_monthly_days_and_detail_sheets(february, shop):
    book = read(february)
    headers, days, count = book["Days"]
    assert count == len(days) == 28 and days[0][0] == date(2026, 2, 1)
    by_day = {d[0].day: dict(zip(headers, d, strict=True)) for d in days}
    assert by_day[3] == {"Day": date(2026, 2, 3), "Purchases": 2, "Revenue": 150_000,
                         "Discount": 0, "New members": 2, "Points issued": 15,
                         "Points redeemed": 0, "Points expired": 0}
    assert (by_day[5]["Purchases"], by_day[5]["Revenue"], by_day[5]["Discount"]) == (
        1, 299_000, 1_000)
    assert (by_day[5]["Points issued"], by_day[5]["Points redeemed"]) == (29, 10)
    assert by_day[11]["Points expired"] == 10
    quiet = [d for n, d in by_day.items() if n not in (3, 5, 11)]
    assert all(d["Purchases"] == d["Revenue"] == d["Points issued"] == 0 for d in quiet)
    # The detail sheets are the month's, voided purchase included and marked.
    purchases = book["Purchases"][1]
    assert len(purchases) == 4 and sum(1 for p in purchases if p[12]) == 1
    assert {e[3] for e in book["Points ledger"][1]} == {"earn", "redeem", "reversal", "expire"}
    assert sum(e[4] for e in book["Points ledger"][1]) == 44 - 20
    totals = shop.loyalty.totals(BUILTIN_OWNER)  # March's 4 points on top of February's end
    assert totals.outstanding == 44 + 4


def test_a_month_without_business_is_all_zeros(shop):
    summary = dict(read(shop.exports.monthly(BOOKKEEPER, date(2024, 2, 29)))["Summary"][1])
    assert summary["To"][1] == date(2024, 2, 29)
    assert summary["Revenue"][1] == summary["Points liability"][1] == 0


def test_exports_read_one_snapshot(shop, clock):
    """Rows recorded while an export is being written do not show up in it half-way."""
    siti = member(shop, "Siti", "081234567890")
    buy(shop, siti, 10_000)
    export = shop.exports.purchases(BOOKKEEPER)
    with export.reading() as sheets:
        first = iter(sheets[0].rows())
        seen = [next(first)]
        clock.now += timedelta(minutes=1)
        buy(shop, siti, 20_000)
        seen += list(first)
        assert sheets[0].count == len(seen) == 1
