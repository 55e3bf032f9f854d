"""Feedback and complaint cases on both engines: recording (a member's, a walk-in's), the case
lifecycle with reopen and overdue at its boundary, replies on the case and the member's
feedback, the figures by category, bad input that saves nothing, and who may do what."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from tests.factories import make_member, make_purchase
from tokocrm.db.models import CaseEvent, ComplaintCase, Feedback, FeedbackReply
from tokocrm.domain.errors import InvalidField, NotFound, PermissionDenied, StaleEdit
from tokocrm.domain.feedback import CaseStatus, Channel
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.feedback_dto import CaseFilter, FeedbackInput

CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
BOOKKEEPER = Actor(username="dewi", role=Role.BOOKKEEPER)
OPENED = datetime(2026, 3, 10, 10, 0)  # the clock fixture's time


def counts(shop) -> tuple[int, ...]:
    with shop.members._sessions() as session:
        return tuple(session.scalar(select(func.count()).select_from(t))
                     for t in (Feedback, ComplaintCase, CaseEvent, FeedbackReply))


def complain(shop, member=None, rating=1, **fields):
    return shop.feedback.record(CASHIER, FeedbackInput(
        rating=rating, member_id=member.id if member else None, **fields))


def test_a_member_complaint_opens_a_case_due_in_48_hours(shop):
    siti = make_member(shop, "Siti")
    bought = make_purchase(shop, siti, 75_000)
    row = complain(shop, siti, rating=2, purchase_id=bought.id, comment="Beras kutuan",
                   category="produk", channel="whatsapp", nps=3)
    assert (row.member_name, row.rating, row.nps, row.category, row.channel) == (
        "Siti", 2, 3, "Produk", Channel.WHATSAPP)
    assert row.complaint and row.case_status is CaseStatus.OPEN and row.purchase_id == bought.id
    (case,) = shop.feedback.cases(CASHIER)
    assert (case.id, case.opened_at, case.due_at) == (row.case_id, OPENED,
                                                       OPENED + timedelta(hours=48))
    assert shop.feedback.open_complaints(CASHIER, siti.id) == 1


def test_praise_opens_no_case_and_a_marked_complaint_does(shop):
    praise = complain(shop, rating=5, comment="Ramah")
    assert not praise.complaint and praise.case_id is None
    marked = complain(shop, rating=4, complaint=True, comment="Parkir sempit")
    assert marked.complaint and marked.case_id is not None


def test_a_walk_in_without_a_card(shop):
    row = complain(shop, None, rating=1, comment="Kasir tidak ramah")
    assert (row.member_id, row.member_name, row.member_card) == (None, None, None)
    assert shop.feedback.cases(CASHIER)[0].feedback.id == row.id
    assert row.category == "Lainnya"  # the last category, when none is given


def test_the_lifecycle_with_a_reply_and_a_reopen(shop, clock):
    siti = make_member(shop, "Siti")
    row = complain(shop, siti)
    case = shop.feedback.start(BUILTIN_OWNER, row.case_id)
    assert case.status is CaseStatus.IN_PROGRESS
    case = shop.feedback.assign(BUILTIN_OWNER, case.id, "budi", version=case.version)
    assert case.assignee == "budi"
    clock.advance(hours=5)
    shop.feedback.reply(CASHIER, row.id, "whatsapp", "Mohon maaf, kami ganti berasnya")
    case = shop.feedback.resolve(CASHIER, case.id, "Beras diganti", version=case.version)
    assert (case.status, case.resolution, case.resolved_at) == (
        CaseStatus.RESOLVED, "Beras diganti", OPENED + timedelta(hours=5))
    assert shop.feedback.open_complaints(CASHIER, siti.id) == 0
    clock.advance(days=3)
    case = shop.feedback.reopen(BUILTIN_OWNER, case.id, "Masih kutuan")
    assert (case.status, case.resolved_at, case.resolution) == (CaseStatus.OPEN, None, None)
    assert case.due_at == clock.now + timedelta(hours=48)  # due again from the reopen
    detail = shop.feedback.case(CASHIER, case.id)
    assert [e.kind for e in detail.history] == [
        "opened", "started", "assigned", "replied", "resolved", "reopened"]
    assert [(e.created_by, e.detail) for e in detail.history][-2:] == [
        ("ani", "Beras diganti"), ("owner", "Masih kutuan")]
    assert [(r.channel, r.text, r.created_by) for r in detail.replies] == [
        (Channel.WHATSAPP, "Mohon maaf, kami ganti berasnya", "ani")]


def test_overdue_exactly_after_the_due_time(shop, clock):
    row = complain(shop)
    clock.advance(hours=48)
    (case,) = shop.feedback.cases(CASHIER)
    assert not case.overdue  # at the due time: still on time
    assert shop.feedback.cases(CASHIER, CaseFilter(overdue_only=True)) == []
    clock.advance(seconds=1)
    (case,) = shop.feedback.cases(CASHIER, CaseFilter(overdue_only=True))
    assert case.overdue and case.feedback.id == row.id
    resolved = shop.feedback.resolve(CASHIER, case.id, "Sudah ditelepon")
    assert not resolved.overdue  # a resolved case is never overdue


def test_the_shops_hours_to_resolve_apply_to_new_cases(shop):
    shop.feedback.set_due_hours(BUILTIN_OWNER, 24)
    row = complain(shop)
    assert shop.feedback.case(CASHIER, row.case_id).case.due_at == OPENED + timedelta(hours=24)
    with pytest.raises(InvalidField):
        shop.feedback.set_due_hours(BUILTIN_OWNER, 0)
    with pytest.raises(PermissionDenied):
        shop.feedback.set_due_hours(CASHIER, 12)


def test_the_inbox_orders_by_due_time_and_filters(shop, clock):
    first = complain(shop, rating=1, category="Harga")
    clock.advance(hours=1)
    second = complain(shop, rating=2, category="Pelayanan")
    shop.feedback.resolve(CASHIER, first.case_id, "Harga dikoreksi")
    assert [c.feedback.id for c in shop.feedback.cases(CASHIER)] == [first.id, second.id]
    assert [c.feedback.id for c in shop.feedback.cases(CASHIER, CaseFilter(open_only=True))] == [
        second.id]
    assert [c.feedback.id for c in shop.feedback.cases(
        CASHIER, CaseFilter(status=CaseStatus.RESOLVED))] == [first.id]
    assert [c.feedback.id for c in shop.feedback.cases(
        CASHIER, CaseFilter(category="Pelayanan", rating=2))] == [second.id]
    day = OPENED.date()
    assert len(shop.feedback.cases(CASHIER, CaseFilter(date_from=day, date_to=day))) == 2
    # days before both: the resolved case drops out, the open one never does
    assert [c.feedback.id for c in shop.feedback.cases(
        CASHIER, CaseFilter(date_to=day - timedelta(days=1)))] == [second.id]


def test_figures_overall_and_by_category(shop, clock):
    complain(shop, rating=5, nps=10, category="Harga")
    complain(shop, rating=4, nps=8, category="Harga")
    late = complain(shop, rating=1, nps=0, category="Pelayanan")
    quick = complain(shop, rating=2, category="Pelayanan")
    clock.advance(hours=2)
    shop.feedback.resolve(CASHIER, quick.case_id, "Sudah diperbaiki")
    clock.advance(hours=70)
    shop.feedback.resolve(CASHIER, late.case_id, "Terlambat ditangani")
    figures = shop.feedback.figures(BOOKKEEPER)
    overall = figures.overall
    assert overall.average_rating == pytest.approx(3.0) and overall.csat == pytest.approx(0.5)
    assert overall.nps == pytest.approx(0.0)  # 1 promoter, 1 passive, 1 detractor
    handled = figures.handling
    assert (handled.open, handled.overdue, handled.resolved) == (0, 0, 2)
    assert handled.median_hours_to_resolve == pytest.approx(37.0)  # of 2 h and 72 h
    assert handled.resolved_on_time == pytest.approx(0.5)
    harga, _ = figures.by_category["Harga"]
    assert (harga.count, harga.csat, harga.nps) == (2, 1.0, 50.0)
    assert figures.by_category["Pelayanan"][1].resolved == 2
    assert shop.feedback.figures(BOOKKEEPER, date_from=OPENED.date() + timedelta(days=1)
                                 ).overall.count == 0


def test_the_members_feedback_newest_first(shop, clock):
    siti, budi = make_member(shop, "Siti"), make_member(shop, "Budi")
    older = complain(shop, siti, rating=5)
    clock.advance(hours=1)
    newer = complain(shop, siti, rating=1)
    complain(shop, budi, rating=3)
    assert [f.id for f in shop.feedback.feedback(CASHIER, siti.id)] == [newer.id, older.id]
    assert shop.feedback.feedback(CASHIER, siti.id)[0].case_status is CaseStatus.OPEN


@pytest.mark.parametrize("fields, field", [
    ({"rating": 0}, "rating"), ({"rating": 6}, "rating"), ({"rating": 3, "nps": 11}, "nps"),
    ({"rating": 3, "category": "Parkir"}, "category"), ({"rating": 3, "channel": "email"},
                                                         "channel"),
    ({"rating": 3, "comment": "x" * 2001}, "comment"),
])
def test_bad_input_is_refused_and_saves_nothing(shop, fields, field):
    siti = make_member(shop, "Siti")
    before = counts(shop)
    with pytest.raises(InvalidField) as refused:
        shop.feedback.record(CASHIER, FeedbackInput(member_id=siti.id, **fields))
    assert refused.value.params["field"] == field
    assert counts(shop) == before


def test_a_purchase_of_another_member_or_an_unknown_member_is_refused(shop):
    siti, budi = make_member(shop, "Siti"), make_member(shop, "Budi")
    hers = make_purchase(shop, siti)
    with pytest.raises(InvalidField) as refused:
        complain(shop, budi, purchase_id=hers.id)
    assert refused.value.params["reason"] == "not_theirs"
    with pytest.raises(NotFound):
        shop.feedback.record(CASHIER, FeedbackInput(rating=3, member_id=999))
    assert counts(shop) == (0, 0, 0, 0)


def test_resolving_a_closed_case_is_refused_and_changes_nothing(shop):
    row = complain(shop)
    shop.feedback.resolve(CASHIER, row.case_id, "Selesai")
    before = counts(shop), shop.feedback.case(CASHIER, row.case_id)
    with pytest.raises(InvalidField) as refused:
        shop.feedback.resolve(CASHIER, row.case_id, "Lagi")
    assert refused.value.params["reason"] == "case_already_resolved"
    assert (counts(shop), shop.feedback.case(CASHIER, row.case_id)) == before
    with pytest.raises(InvalidField):
        shop.feedback.resolve(CASHIER, row.case_id, "   ")  # a note is required
    with pytest.raises(NotFound):
        shop.feedback.resolve(CASHIER, 999, "Selesai")


def test_a_stale_version_is_refused(shop):
    row = complain(shop)
    case = shop.feedback.start(CASHIER, row.case_id)
    with pytest.raises(StaleEdit):
        shop.feedback.resolve(CASHIER, case.id, "Selesai", version=case.version - 1)
    assert shop.feedback.case(CASHIER, case.id).case.status is CaseStatus.IN_PROGRESS


def test_categories_are_the_owners(shop):
    assert shop.feedback.categories(CASHIER) == ["Produk", "Pelayanan", "Harga", "Toko",
                                                 "Lainnya"]
    shop.feedback.add_category(BUILTIN_OWNER, "Parkir")
    complain(shop, rating=2, category="parkir")
    shop.feedback.set_category_active(BUILTIN_OWNER, "Parkir", False)
    with pytest.raises(InvalidField):
        complain(shop, rating=2, category="Parkir")
    with pytest.raises(InvalidField):
        shop.feedback.add_category(BUILTIN_OWNER, "harga")  # already there
    with pytest.raises(PermissionDenied):
        shop.feedback.add_category(CASHIER, "Antrian")
    for name in ("Produk", "Pelayanan", "Harga", "Toko"):
        shop.feedback.set_category_active(BUILTIN_OWNER, name, False)
    with pytest.raises(InvalidField) as refused:
        shop.feedback.set_category_active(BUILTIN_OWNER, "Lainnya", False)
    assert refused.value.params["reason"] == "last_one"
    assert shop.feedback.categories(CASHIER) == ["Lainnya"]


def test_who_may_do_what(shop):
    row = complain(shop)
    with pytest.raises(PermissionDenied):
        shop.feedback.record(BOOKKEEPER, FeedbackInput(rating=5))
    with pytest.raises(PermissionDenied):
        shop.feedback.resolve(BOOKKEEPER, row.case_id, "Selesai")
    with pytest.raises(PermissionDenied):
        shop.feedback.figures(CASHIER)
    assert shop.feedback.figures(BUILTIN_OWNER).overall.count == 1


def test_replies_for_several_feedback_at_once(shop, clock):
    siti = make_member(shop, "Siti")
    first, second, silent = complain(shop, siti), complain(shop, siti, rating=5), complain(shop)
    shop.feedback.reply(CASHIER, first.id, "whatsapp", "Mohon maaf")
    clock.advance(hours=1)
    shop.feedback.reply(BUILTIN_OWNER, first.id, "phone", "Sudah kami ganti")
    shop.feedback.reply(CASHIER, second.id, "counter", "Terima kasih")
    found = shop.feedback.replies(BOOKKEEPER, [first.id, second.id, silent.id])
    assert set(found) == {first.id, second.id}  # no reply, no entry
    assert [(r.channel, r.text, r.created_by, r.created_at) for r in found[first.id]] == [
        (Channel.WHATSAPP, "Mohon maaf", "ani", OPENED),
        (Channel.PHONE, "Sudah kami ganti", "owner", OPENED + timedelta(hours=1))]
    assert shop.feedback.replies(BOOKKEEPER, []) == {}
