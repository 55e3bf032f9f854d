"""Follow-up lists on both engines, with members on each side of every boundary: the last day
of the week and of the month, points expiring on day 30 and day 31, an only visit 29 and 30
days ago, a second visit on day 29 and day 31, a complaint resolved 6 and 7 days ago; erased
and inactive members on no list; at risk and former as the segments say; the export."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook

from tests.factories import make_member
from tokocrm.domain.errors import InvalidField, PermissionDenied
from tokocrm.domain.followup import FollowUpList
from tokocrm.domain.roles import Role
from tokocrm.domain.segments import Segment, SegmentRules
from tokocrm.io.xlsx_export import write_xlsx
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import PurchaseInput
from tokocrm.services.feedback_dto import FeedbackInput

OWNER = BUILTIN_OWNER
CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
BOOKKEEPER = Actor(username="dewi", role=Role.BOOKKEEPER, till="kantor")
TODAY = date(2026, 3, 10)  # the clock fixture's day, a Tuesday


def due(shop, name, as_of=None, actor=OWNER):
    """(name, due day, points) of the members on the list, in its order."""
    return [(r.name, r.due_on, r.points) for r in shop.followup.members(actor, name, as_of)]


def names(shop, name, as_of=None):
    return [r.name for r in shop.followup.members(OWNER, name, as_of)]


def joined(shop, name, days_ago=400, **fields):
    return make_member(shop, name, joined_on=TODAY - timedelta(days=days_ago), **fields)


def bought(shop, who, *days_ago):
    """Purchases at 10:00 the given numbers of days before today; their ids."""
    return [shop.purchases.record(OWNER, PurchaseInput(
        member_id=who.id, amount=100_000,
        at=datetime.combine(TODAY - timedelta(days=d), datetime.min.time()).replace(hour=10)
    )).id for d in days_ago]


def gone(shop, member):
    """Erased on request: on no list again."""
    shop.privacy.erase(OWNER, member.id, "permintaan pelanggan")


def inactive(shop, member):
    shop.members.update(OWNER, member.id, {"status": "inactive"}, member.version)


def test_the_seven_lists_by_their_command_line_names(shop):
    assert [str(name) for name in shop.followup.lists()] == [
        "birthdays-week", "birthdays-month", "points-expiring", "no-second-visit", "at-risk",
        "former", "complaint-resolved"]
    with pytest.raises(InvalidField) as refused:
        shop.followup.members(OWNER, "birthdays-year")
    assert refused.value.params["reason"] == "unknown_choice"


# -- birthdays -----------------------------------------------------------------------------------
def test_birthdays_this_week_run_monday_to_sunday(shop, clock):
    clock.set(2026, 3, 11, 9, 0)  # a Wednesday: the week is 9 to 15 March
    for name, born in (("Senin", date(1990, 3, 9)), ("Minggu", date(1985, 3, 15)),
                       ("Minggu lalu", date(1990, 3, 8)), ("Senin depan", date(1990, 3, 16)),
                       ("Tanpa tanggal", None)):
        make_member(shop, name, birthday=born)
    assert due(shop, "birthdays-week") == [("Senin", date(2026, 3, 9), None),
                                           ("Minggu", date(2026, 3, 15), None)]


def test_a_week_across_the_new_year_and_a_29_february_birthday(shop, clock):
    clock.set(2026, 12, 30, 9, 0)  # Monday 28 December 2026 to Sunday 3 January 2027
    for name, born in (("Akhir tahun", date(1990, 12, 28)), ("Awal tahun", date(1990, 1, 3)),
                       ("Terlambat", date(1990, 12, 27)), ("Terlalu awal", date(1990, 1, 4))):
        make_member(shop, name, birthday=born)
    assert due(shop, "birthdays-week") == [("Akhir tahun", date(2026, 12, 28), None),
                                           ("Awal tahun", date(2027, 1, 3), None)]
    clock.set(2027, 2, 24, 9, 0)  # 22 to 28 February 2027, no 29th that year
    make_member(shop, "Kabisat", birthday=date(2000, 2, 29))
    assert due(shop, "birthdays-week") == [("Kabisat", date(2027, 2, 28), None)]
    assert due(shop, "birthdays-month") == [("Kabisat", date(2027, 2, 28), None)]


def test_birthdays_this_month_include_the_first_and_last_day(shop):
    for name, born in (("Awal", date(1990, 3, 1)), ("Akhir", date(1990, 3, 31)),
                       ("April", date(1990, 4, 1)), ("Februari", date(1990, 2, 28))):
        make_member(shop, name, birthday=born)
    assert names(shop, "birthdays-month") == ["Awal", "Akhir"]
    assert names(shop, "birthdays-month", as_of=date(2026, 4, 30)) == ["April"]


def test_erased_and_inactive_members_are_on_no_list(shop):
    keep = make_member(shop, "Tetap", birthday=date(1990, 3, 10))
    erased = make_member(shop, "Dihapus", birthday=date(1990, 3, 10))
    resting = make_member(shop, "Nonaktif", birthday=date(1990, 3, 10))
    gone(shop, erased)
    inactive(shop, resting)
    assert names(shop, "birthdays-week") == names(shop, "birthdays-month") == ["Tetap"]
    assert [r.id for r in shop.followup.members(OWNER, "birthdays-week")] == [keep.id]


# -- points expiring -----------------------------------------------------------------------------
def credit(shop, clock, member, points, expires_on):
    """A lot of `points` expiring on `expires_on` (given 12 months before: the default)."""
    clock.set(expires_on.year - 1, expires_on.month, expires_on.day, 9, 0)
    shop.loyalty.adjust(OWNER, member.id, points, "saldo awal")


def test_points_expiring_after_today_and_up_to_day_30(shop, clock):
    clock.set(2025, 1, 2, 9, 0)
    members = {name: make_member(shop, name) for name in (
        "Hari ke-30", "Hari ke-31", "Hari ini", "Besok", "Terpakai", "Sebagian")}
    credit(shop, clock, members["Hari ke-30"], 100, TODAY + timedelta(days=30))
    credit(shop, clock, members["Hari ke-31"], 100, TODAY + timedelta(days=31))
    credit(shop, clock, members["Hari ini"], 100, TODAY)  # the daily run takes these
    credit(shop, clock, members["Besok"], 40, TODAY + timedelta(days=1))
    credit(shop, clock, members["Besok"], 60, TODAY + timedelta(days=20))
    credit(shop, clock, members["Terpakai"], 50, TODAY + timedelta(days=5))
    credit(shop, clock, members["Sebagian"], 80, TODAY + timedelta(days=10))
    clock.set(2026, 3, 1, 9, 0)
    shop.loyalty.adjust(OWNER, members["Terpakai"].id, -50, "ditukar")
    shop.loyalty.adjust(OWNER, members["Sebagian"].id, -30, "ditukar")
    clock.set(2026, 3, 10, 10, 0)
    assert due(shop, "points-expiring") == [
        ("Besok", TODAY + timedelta(days=1), 100),  # both lots, from the soonest day
        ("Sebagian", TODAY + timedelta(days=10), 50),  # what is left of the lot
        ("Hari ke-30", TODAY + timedelta(days=30), 100)]


# -- no second visit -----------------------------------------------------------------------------
def test_one_visit_30_days_ago_and_no_second(shop):
    members = {name: joined(shop, name) for name in (
        "30 hari", "29 hari", "Kembali hari ke-29", "90 hari", "91 hari", "Batal", "Belum")}
    bought(shop, members["30 hari"], 30)
    bought(shop, members["29 hari"], 29)
    bought(shop, members["Kembali hari ke-29"], 40, 11)
    bought(shop, members["90 hari"], 90)  # the last day a one-time buyer is "new"
    bought(shop, members["91 hari"], 91)  # at risk now, on that list instead
    _, voided = bought(shop, members["Batal"], 35, 20)
    shop.purchases.void(OWNER, voided, "salah input")
    assert due(shop, "no-second-visit") == [
        ("90 hari", TODAY - timedelta(days=90), None),
        ("Batal", TODAY - timedelta(days=35), None),
        ("30 hari", TODAY - timedelta(days=30), None)]


def test_a_second_visit_on_day_31_takes_the_member_off_the_list(shop):
    late = joined(shop, "Kembali hari ke-31")
    bought(shop, late, 31, 0)  # the second visit is today, 31 days after the first
    yesterday = TODAY - timedelta(days=1)
    assert names(shop, "no-second-visit", as_of=yesterday) == ["Kembali hari ke-31"]
    assert names(shop, "no-second-visit") == []


def test_the_segments_new_days_bound_the_list(shop):
    member = joined(shop, "Sekali")
    bought(shop, member, 50)
    assert names(shop, "no-second-visit") == ["Sekali"]
    shop.segments.set_rules(OWNER, SegmentRules(new_days=45))
    assert names(shop, "no-second-visit") == []


# -- at risk and former ----------------------------------------------------------------------------
def test_at_risk_and_former_are_the_segments_members_most_recent_first(shop):
    members = {name: joined(shop, name) for name in (
        "Aktif", "Berisiko lama", "Berisiko baru", "Sekali lama", "Mantan", "Mantan lama",
        "Potensial")}
    bought(shop, members["Aktif"], 70, 40, 20)
    bought(shop, members["Berisiko lama"], 130, 120, 110, 100)  # every 10 days, silent 100
    bought(shop, members["Berisiko baru"], 60, 50, 40, 30)  # every 10 days, silent 30
    bought(shop, members["Sekali lama"], 120)  # one purchase, past "new"
    bought(shop, members["Mantan"], 300, 200)
    bought(shop, members["Mantan lama"], 400)
    run = shop.segments.compute(OWNER)
    for which, segment in (("at-risk", Segment.AT_RISK), ("former", Segment.FORMER)):
        listed = shop.followup.members(CASHIER, which)
        assert sorted(r.id for r in listed) == sorted(run.member_ids(segment))
    assert due(shop, "at-risk") == [("Berisiko baru", TODAY - timedelta(days=30), None),
                                    ("Berisiko lama", TODAY - timedelta(days=100), None),
                                    ("Sekali lama", TODAY - timedelta(days=120), None)]
    assert names(shop, "former") == ["Mantan", "Mantan lama"]
    gone(shop, members["Mantan"])
    inactive(shop, shop.members.get(OWNER, members["Berisiko baru"].id))
    assert names(shop, "former") == ["Mantan lama"]
    assert names(shop, "at-risk") == ["Berisiko lama", "Sekali lama"]


# -- a complaint resolved ----------------------------------------------------------------------
def complaint(shop, member):
    return shop.feedback.record(OWNER, FeedbackInput(rating=1, member_id=member.id,
                                                     comment="beras basah")).case_id


def test_complaints_resolved_in_the_last_7_days(shop, clock):
    clock.set(2026, 3, 1, 9, 0)
    members = {name: make_member(shop, name) for name in (
        "6 hari", "7 hari", "Hari ini", "Dibuka lagi", "Masih terbuka", "Kembaran", "Utama")}
    cases = {name: complaint(shop, member) for name, member in members.items()
             if name != "Utama"}
    clock.set(2026, 3, 3, 23, 59)  # 7 days ago: out
    shop.feedback.resolve(OWNER, cases["7 hari"], "diganti")
    clock.set(2026, 3, 4, 0, 0)  # 6 days ago: in
    for name in ("6 hari", "Dibuka lagi", "Kembaran"):
        shop.feedback.resolve(OWNER, cases[name], "diganti")
    clock.set(2026, 3, 10, 10, 0)
    shop.feedback.reopen(OWNER, cases["Dibuka lagi"], "masih basah")
    shop.feedback.resolve(OWNER, cases["Hari ini"], "diganti")
    # The duplicate's complaint stays on its record; the member it was merged into is due.
    shop.members.merge(OWNER, members["Utama"].id, members["Kembaran"].id)
    assert due(shop, "complaint-resolved") == [("Hari ini", TODAY, None),
                                               ("6 hari", date(2026, 3, 4), None),
                                               ("Utama", date(2026, 3, 4), None)]


# -- export and who may ----------------------------------------------------------------------------
def test_a_list_exports_to_a_workbook_with_why_each_member_is_due(shop, clock, tmp_path):
    clock.set(2025, 3, 20, 9, 0)
    siti = make_member(shop, "Siti Aminah", "0812-3456-7890", marketing_consent=True)
    kartu = make_member(shop, "Kartu Saja", phone="")
    for member in (siti, kartu):
        shop.loyalty.adjust(OWNER, member.id, 1250, "saldo awal")
    clock.set(2026, 3, 10, 10, 0)
    out = tmp_path / "poin.xlsx"
    written = write_xlsx(shop.followup.export(BOOKKEEPER, "points-expiring"), out)

    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert load_workbook(out).sheetnames == ["Points expiring"]
    assert rows == [
        ("Card", "Name", "Phone", "Marketing consent", "Points", "Expires on", "WhatsApp"),
        (kartu.card, "Kartu Saja", None, False, 1250, datetime(2026, 3, 20), None),
        (siti.card, "Siti Aminah", "0812-3456-7890", True, 1250, datetime(2026, 3, 20),
         "https://wa.me/6281234567890")]
    [event] = shop.audit.events(OWNER, action="exported")
    assert (event.username, event.subject, event.details) == (
        "dewi", "follow-up points-expiring",
        {"file": str(out), "rows": written.rows, "list": "points-expiring",
         "as_of": "2026-03-10"})


def test_everyone_sees_the_lists_and_a_cashier_exports_none(shop):
    make_member(shop, "Siti", birthday=date(1990, 3, 10))
    for someone in (OWNER, CASHIER, BOOKKEEPER):
        assert [r.name for r in shop.followup.members(someone, "birthdays-week")] == ["Siti"]
    with pytest.raises(PermissionDenied):
        shop.followup.export(CASHIER, "birthdays-week")
    assert shop.audit.events(OWNER, action="exported") == []


@pytest.mark.parametrize("which", list(FollowUpList))
def test_every_list_answers_on_an_empty_shop(shop, which):
    assert shop.followup.members(OWNER, which) == []
