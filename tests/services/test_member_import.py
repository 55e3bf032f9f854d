"""The import service on both engines, from rows already cleaned: what each row becomes,
duplicates within the file and with the shop, the three duplicate modes, opening balances in
the ledger, dry runs, all or nothing on a failure or a cancel, and who may import."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from tests.services.conftest import NO_BONUSES
from tokocrm.db.models import Member, PointsEntry, Purchase, ShopSetting
from tokocrm.domain import cards
from tokocrm.domain.cleaning import MEMBER_FIELDS, PURCHASE_FIELDS
from tokocrm.domain.errors import Cancelled, PermissionDenied
from tokocrm.domain.imports import Action, ImportRow, OnDuplicate, RowIssue
from tokocrm.domain.loyalty import LoyaltyRules
from tokocrm.domain.members import Gender
from tokocrm.domain.roles import Role
from tokocrm.services import member_import
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import MemberInput, PurchaseInput
from tokocrm.services.points_ledger import Kind

CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
BOOKKEEPER = Actor(username="dewi", role=Role.BOOKKEEPER, till="kantor")


def row(number: int, **values) -> ImportRow:
    return ImportRow(number, dict.fromkeys(MEMBER_FIELDS) | values)


def purchase_row(number: int, **values) -> ImportRow:
    return ImportRow(number, dict.fromkeys(PURCHASE_FIELDS) | values)


def register(shop, name, phone, **fields):
    return shop.members.register(BUILTIN_OWNER, MemberInput(name=name, phone=phone, **fields))


def members_in(shop) -> list[Member]:
    with shop.members._sessions() as session:
        return list(session.scalars(select(Member).order_by(Member.id)))


def entries(shop, kind=None) -> list[PointsEntry]:
    with shop.members._sessions() as session:
        query = select(PointsEntry).order_by(PointsEntry.id)
        if kind is not None:
            query = query.where(PointsEntry.kind == kind)
        return list(session.scalars(query))


def snapshot(shop) -> tuple:
    """Everything an import may write, to compare before and after."""
    with shop.members._sessions() as session:
        counts = [session.scalar(select(func.count()).select_from(table))
                  for table in (Member, PointsEntry, Purchase, ShopSetting)]
        members = session.execute(select(Member.id, Member.version, Member.email)).all()
        settings = session.execute(select(ShopSetting.key, ShopSetting.value)
                                   .order_by(ShopSetting.key)).all()
        return tuple(counts), tuple(members), tuple(settings)


SITI = dict(name="Siti Aminah", phone="+6281234567890", email="siti@example.com",
            birthday=date(1985, 5, 30), gender=Gender.FEMALE, address="Jl. Mawar 1, Bandung",
            notes="suka kopi", joined_on=date(2021, 4, 5), marketing_consent=True, points=1250,
            card="A0001")


# -- new members -------------------------------------------------------------------------
def test_new_members_get_every_field_and_their_opening_balance_as_an_import_lot(shop, clock):
    result = shop.imports.members(BUILTIN_OWNER, [row(2, **SITI)], source="lama.xlsx")
    assert result.summary() == {"rows": 1, "created": 1, "updated": 0, "skipped": 0,
                                "rejected": 0}
    assert result.points == 1250 and not result.dry_run
    (siti,) = members_in(shop)
    assert (siti.card, siti.name, siti.phone, siti.email, siti.birthday, siti.gender,
            siti.address, siti.notes, siti.joined_on, siti.marketing_consent, siti.status) == (
        "A0001", "Siti Aminah", "+6281234567890", "siti@example.com", date(1985, 5, 30),
        "female", "Jl. Mawar 1, Bandung", "suka kopi", date(2021, 4, 5), True, "active")
    assert siti.consent_at == clock.now and siti.version == 1
    (lot,) = entries(shop)  # no welcome bonus: the customer is not new to the shop
    assert (lot.kind, lot.points, lot.member_id, lot.created_by) == (
        Kind.IMPORT, 1250, siti.id, "owner")
    assert lot.expires_on == date(2027, 3, 10)  # as points earned today: 12 months
    assert lot.reason == "opening balance imported from lama.xlsx"
    assert shop.loyalty.standing(BUILTIN_OWNER, siti.id).balance == 1250


def test_points_never_expire_when_the_rules_say_so(shop):
    shop.loyalty.set_rules(BUILTIN_OWNER, LoyaltyRules(**{**NO_BONUSES.__dict__,
                                                          "expiry_months": 0}))
    shop.imports.members(BUILTIN_OWNER, [row(2, **SITI)])
    assert entries(shop)[0].expires_on is None


def test_a_member_without_a_card_gets_the_next_in_store_card_as_registration_does(shop):
    first = register(shop, "Budi", "081211110000")
    assert first.card == cards.new_card_number("29", 1)
    shop.imports.members(BUILTIN_OWNER, [
        row(2, name="Ani", phone="+6281211110001"),
        row(3, name="Cici", phone="+6281211110002", card=cards.new_card_number("29", 3)),
        row(4, name="Dedi", phone="+6281211110003")])
    after = register(shop, "Eko", "081211110004")
    got = [(m.name, m.card) for m in members_in(shop)]
    assert got == [("Budi", cards.new_card_number("29", 1)),
                   ("Ani", cards.new_card_number("29", 2)),
                   ("Cici", cards.new_card_number("29", 3)),  # the file's own
                   ("Dedi", cards.new_card_number("29", 4)),  # 3 was taken: skipped
                   ("Eko", cards.new_card_number("29", 5))]
    assert after.card == cards.new_card_number("29", 5)


def test_joined_on_is_today_without_a_date_and_consent_is_no_without_an_answer(shop, clock):
    shop.imports.members(BUILTIN_OWNER, [row(2, name="Ani", phone="+6281211110001")])
    (ani,) = members_in(shop)
    assert ani.joined_on == clock.now.date()
    assert ani.marketing_consent is False and ani.consent_at is None


def test_rows_with_cleaning_problems_are_rejected_with_them(shop):
    issue = RowIssue("phone", "not_mobile", "08123", 1)
    result = shop.imports.members(BUILTIN_OWNER, [
        ImportRow(2, dict.fromkeys(MEMBER_FIELDS) | {"name": "Ahmad"}, (issue,))])
    assert result.rejected == 1 and result.outcomes[0].issues == (issue,)
    assert result.outcomes[0].reason() == (
        "phone: is not an Indonesian mobile number (got '08123')")
    assert members_in(shop) == []


def test_card_only_and_email_only_customers_become_members_without_a_phone(shop):
    result = shop.imports.members(BUILTIN_OWNER, [
        row(2, name="Kartu Saja", card="K1"), row(3, name="Email Saja", email="e@x.id"),
        row(4, name="Kartu Lain", card="K2")])
    assert [o.action for o in result.outcomes] == [Action.CREATED] * 3
    assert [(m.name, m.card, m.phone, m.email) for m in members_in(shop)] == [
        ("Kartu Saja", "K1", None, None), ("Email Saja", members_in(shop)[1].card, None,
                                            "e@x.id"), ("Kartu Lain", "K2", None, None)]
    assert shop.members.resolve(CASHIER, "K2").name == "Kartu Lain"


# -- duplicates within the file ----------------------------------------------------------
def test_a_row_repeating_an_earlier_one_is_skipped_as_its_duplicate(shop):
    result = shop.imports.members(BUILTIN_OWNER, [
        row(2, name="Siti", phone="+6281234567890", email="siti@x.id", card="C1"),
        row(3, name="Budi", phone="+6281299990000"),
        row(4, name="SITI", phone="+6281234567890"),  # same phone
        row(5, name="Siti A", email="siti@x.id"),  # no phone: same e-mail
        row(6, name="Siti B", phone="+6281277770000", card="C1"),  # same card
        row(7, name="Adik Siti", phone="+6281266660000", email="siti@x.id"),  # another phone
    ])
    got = [(o.row, o.action, o.duplicate_of) for o in result.outcomes]
    assert got == [(2, Action.CREATED, None), (3, Action.CREATED, None),
                   (4, Action.SKIPPED, 2), (5, Action.SKIPPED, 2), (6, Action.SKIPPED, 2),
                   (7, Action.CREATED, None)]  # a family may share an e-mail
    assert [o.issues[0].params["key"] for o in result.outcomes[2:5]] == [
        "phone", "email", "card"]
    assert result.outcomes[2].reason() == (
        "phone: is the same as row 2 (same phone); only the first is imported")
    assert len(members_in(shop)) == 3


def test_a_row_matching_two_earlier_rows_is_rejected(shop):
    result = shop.imports.members(BUILTIN_OWNER, [
        row(2, name="Siti", phone="+6281234567890", card="C1"),
        row(3, name="Budi", phone="+6281299990000", card="C2"),
        row(4, name="Siti?", phone="+6281234567890", card="C2")])
    assert result.outcomes[2].action == Action.REJECTED
    assert result.outcomes[2].reason() == "card: matches row 2 by phone but row 3 by card"


def test_keys_of_a_rejected_row_do_not_make_later_rows_duplicates(shop):
    bad = ImportRow(2, dict.fromkeys(MEMBER_FIELDS) | {"phone": "+6281234567890"},
                    (RowIssue("name", "required"),))
    result = shop.imports.members(BUILTIN_OWNER, [
        bad, row(3, name="Siti", phone="+6281234567890")])
    assert [o.action for o in result.outcomes] == [Action.REJECTED, Action.CREATED]


# -- duplicates with the shop ------------------------------------------------------------
@pytest.fixture
def budi(shop):
    return register(shop, "Budi Santoso", "081299990000", email="budi@x.id", card="B1")


def test_skip_leaves_a_member_the_shop_has_and_says_so(shop, budi):
    before = snapshot(shop)
    result = shop.imports.members(BUILTIN_OWNER, [
        row(2, name="Budi S", phone="+6281299990000", address="Jl. Baru", points=40)])
    (outcome,) = result.outcomes
    assert (outcome.action, outcome.member_id) == (Action.SKIPPED, budi.id)
    assert outcome.reason() == (
        "phone: belongs to member B1 (Budi Santoso) already (same phone); points: 40 points "
        "were not added: B1 (Budi Santoso) is already a member, and points come in only as "
        "the opening balance of a new member")
    assert snapshot(shop) == before


def test_fill_sets_only_the_fields_the_member_has_empty(shop, budi, clock):
    clock.advance(days=1)
    result = shop.imports.members(BUILTIN_OWNER, [
        row(2, name="Budi S", phone="+6281299990000", email="lain@x.id",
            birthday=date(1980, 1, 2), address="Jl. Baru", joined_on=date(2020, 1, 1),
            marketing_consent=True, points=40)], on_duplicate=OnDuplicate.FILL)
    (outcome,) = result.outcomes
    assert (outcome.action, outcome.changed) == (Action.UPDATED, ("birthday", "address"))
    assert [i.reason for i in outcome.issues] == ["points_not_added"]
    assert result.points == 0
    after = shop.members.get(BUILTIN_OWNER, budi.id)
    assert (after.name, after.email, after.birthday, after.address, after.joined_on,
            after.marketing_consent) == ("Budi Santoso", "budi@x.id", date(1980, 1, 2),
                                         "Jl. Baru", budi.joined_on, False)
    assert after.version == budi.version + 1
    assert entries(shop) == []  # points are never added to a member the shop has


def test_overwrite_replaces_every_field_the_row_gives_and_keeps_the_rest(shop, budi, clock):
    clock.advance(days=1)
    result = shop.imports.members(BUILTIN_OWNER, [
        row(2, name="Budi Santosa", card="B1", phone="+6281288880000",
            gender=Gender.MALE, marketing_consent=True, joined_on=date(2019, 6, 1))],
        on_duplicate=OnDuplicate.OVERWRITE)  # matched by card: a new phone
    (outcome,) = result.outcomes
    assert outcome.action == Action.UPDATED
    assert set(outcome.changed) == {"name", "phone", "gender", "marketing_consent",
                                    "joined_on"}
    after = shop.members.get(BUILTIN_OWNER, budi.id)
    assert (after.name, after.phone, after.email, after.gender, after.marketing_consent,
            after.consent_at, after.joined_on, after.card) == (
        "Budi Santosa", "+6281288880000", "budi@x.id", Gender.MALE, True, clock.now,
        date(2019, 6, 1), "B1")
    assert shop.members.resolve(BUILTIN_OWNER, "081288880000").id == budi.id


def test_an_update_that_changes_nothing_is_a_skip(shop, budi):
    result = shop.imports.members(BUILTIN_OWNER, [
        row(2, name="Budi Santoso", phone="+6281299990000", email="budi@x.id")],
        on_duplicate=OnDuplicate.OVERWRITE)
    (outcome,) = result.outcomes
    assert (outcome.action, outcome.issues[0].reason) == (Action.SKIPPED, "unchanged")


def test_a_phoneless_row_can_update_the_member_its_card_names(shop, budi):
    result = shop.imports.members(BUILTIN_OWNER, [row(2, name="Budi", card="B1",
                                                      address="Jl. Kartu")],
                                  on_duplicate=OnDuplicate.FILL)
    assert result.updated == 1
    assert shop.members.get(BUILTIN_OWNER, budi.id).address == "Jl. Kartu"


def test_an_import_never_changes_a_card(shop, budi):
    rows = [row(2, name="Budi", phone="+6281299990000", card="LAIN7")]
    for mode, action in ((OnDuplicate.SKIP, Action.SKIPPED),
                         (OnDuplicate.FILL, Action.REJECTED),
                         (OnDuplicate.OVERWRITE, Action.REJECTED)):
        outcome = shop.imports.members(BUILTIN_OWNER, rows, on_duplicate=mode).outcomes[0]
        assert outcome.action == action
    assert outcome.reason() == (
        "card: matches member B1 (Budi Santoso) by phone, but the row gives card LAIN7; an "
        "import never changes a member's card")


def test_a_card_of_another_member_or_an_inactive_one_is_refused(shop, budi):
    ani = register(shop, "Ani", "081211110001", card="A1")
    shop.members.update(BUILTIN_OWNER, ani.id, {"status": "inactive"}, ani.version)
    result = shop.imports.members(BUILTIN_OWNER, [
        row(2, name="Budi", phone="+6281299990000", card="A1"),
        row(3, name="Baru", phone="+6281255550000", card="A1"),
        row(4, name="Baru", phone="+6281255550001", card="B1", email="budi@x.id")],
        on_duplicate=OnDuplicate.FILL)
    assert [(o.action, o.issues[0].reason) for o in result.outcomes] == [
        (Action.REJECTED, "card_taken"), (Action.REJECTED, "card_taken"),
        (Action.SKIPPED, "unchanged")]  # card B1 is Budi: the same member
    assert result.outcomes[1].reason() == "card: card A1 belongs to another member, A1 (Ani)"


def test_a_row_naming_two_members_is_rejected(shop, budi):
    register(shop, "Ani", "081211110001", card="A1")
    result = shop.imports.members(BUILTIN_OWNER, [
        row(2, name="?", phone="+6281299990000", card="A1")], on_duplicate=OnDuplicate.FILL)
    assert result.outcomes[0].reason() == (
        "card: matches member B1 by phone but member A1 by card")


def test_a_merged_card_leads_to_the_member_kept(shop, budi):
    old = register(shop, "Budi (lama)", "081211110001", card="OLD1")
    shop.members.merge(BUILTIN_OWNER, budi.id, old.id)
    result = shop.imports.members(BUILTIN_OWNER, [row(2, name="Budi", card="OLD1",
                                                      address="Jl. Lama")],
                                  on_duplicate=OnDuplicate.FILL)
    assert (result.updated, result.outcomes[0].member_id) == (1, budi.id), result.outcomes


def test_two_rows_for_one_member_update_it_once(shop, budi):
    result = shop.imports.members(BUILTIN_OWNER, [
        row(2, name="Budi", phone="+6281299990000", address="Jl. Satu"),
        row(3, name="Budi", email="budi@x.id", address="Jl. Dua")],
        on_duplicate=OnDuplicate.OVERWRITE)
    assert [(o.action, o.duplicate_of) for o in result.outcomes] == [
        (Action.UPDATED, None), (Action.SKIPPED, 2)]
    assert shop.members.get(BUILTIN_OWNER, budi.id).address == "Jl. Satu"


def test_an_email_shared_by_two_members_names_neither(shop, budi):
    register(shop, "Bu Budi", "081211110001", email="budi@x.id")
    result = shop.imports.members(BUILTIN_OWNER, [row(2, name="Budi", email="budi@x.id")])
    assert result.outcomes[0].reason() == (
        "email: 2 members share this email; give the card or phone instead")


# -- dry run, all or nothing -------------------------------------------------------------
def test_a_dry_run_counts_everything_and_writes_nothing(shop, budi):
    rows = [row(2, **SITI), row(3, name="Budi", phone="+6281299990000", address="Jl. X"),
            row(4, name="Ani", phone="+6281211110001")]
    before = snapshot(shop)
    dry = shop.imports.members(BUILTIN_OWNER, rows, on_duplicate=OnDuplicate.FILL,
                               dry_run=True)
    assert snapshot(shop) == before
    real = shop.imports.members(BUILTIN_OWNER, rows, on_duplicate=OnDuplicate.FILL)
    assert dry.dry_run and not real.dry_run
    assert dry.summary() == real.summary() == {"rows": 3, "created": 2, "updated": 1,
                                               "skipped": 0, "rejected": 0}
    assert dry.points == real.points == 1250
    assert [o.changed for o in dry.outcomes] == [o.changed for o in real.outcomes]


def many(count: int, start: int = 0) -> list[ImportRow]:
    return [row(i + 2, name=f"Member {i}", phone=f"+62812{start + i:08d}", points=5)
            for i in range(count)]


def test_a_cancel_while_writing_leaves_the_database_as_it_was(shop, budi):
    before = snapshot(shop)
    calls = []

    def cancel() -> bool:  # planning asks 12 times for 12,000 rows, then writing starts
        calls.append(1)
        return len(calls) > 14

    with pytest.raises(Cancelled):
        shop.imports.members(BUILTIN_OWNER, many(12_000), cancel=cancel,
                             on_duplicate=OnDuplicate.OVERWRITE)
    assert len(calls) == 15
    assert snapshot(shop) == before
    assert register(shop, "Masih Bisa", "081277776666").card  # nothing left locked


def test_a_failure_in_the_middle_of_writing_leaves_the_database_as_it_was(shop, budi,
                                                                          monkeypatch):
    before = snapshot(shop)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(member_import, "_write_lots", broken)  # after the members went in
    rows = [*many(50), row(99, name="Budi", phone="+6281299990000", address="Jl. X")]
    with pytest.raises(RuntimeError, match="disk full"):
        shop.imports.members(BUILTIN_OWNER, rows, on_duplicate=OnDuplicate.FILL)
    assert snapshot(shop) == before
    assert shop.members.search_ids(BUILTIN_OWNER, "Member") == []  # name index too


def test_progress_goes_up_to_its_total(shop):
    seen = []
    shop.imports.members(BUILTIN_OWNER, many(2_500), progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 5_000) and seen[-1] == (5_000, 5_000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_member_registered_while_the_file_was_planned_is_a_duplicate_not_a_crash(shop):
    registered = []

    def progress(done, total):  # the counter registers one of the file's phones meanwhile
        if done >= 1_000 and not registered:
            registered.append(register(shop, "Dari Kasir", "+6281200000005"))

    result = shop.imports.members(BUILTIN_OWNER, many(1_500), progress=progress)
    assert (result.created, result.skipped) == (1_499, 1)
    assert result.outcomes[5].member_id == registered[0].id
    assert len(members_in(shop)) == 1_500


def test_the_name_search_finds_imported_members(shop):
    shop.imports.members(BUILTIN_OWNER, [row(2, name="Wulandari Kusuma",
                                            phone="+6281211110001")])
    (found,) = shop.members.find(BUILTIN_OWNER, "kusuma")
    assert found.name == "Wulandari Kusuma"


# -- who may import; mappings ------------------------------------------------------------
def test_a_cashier_may_not_import_and_a_bookkeeper_may(shop):
    for call in (lambda a: shop.imports.check(a),
                 lambda a: shop.imports.members(a, [row(2, **SITI)]),
                 lambda a: shop.imports.purchases(a, []),
                 lambda a: shop.imports.saved_mapping(a, "members", "abc"),
                 lambda a: shop.imports.save_mapping(a, "members", "abc", {"name": [0]})):
        with pytest.raises(PermissionDenied):
            call(CASHIER)
    assert members_in(shop) == []
    assert shop.imports.members(BOOKKEEPER, [row(2, **SITI)]).created == 1
    assert entries(shop)[0].created_by == "dewi"


def test_the_last_mapping_is_remembered_per_header_signature_and_kind(shop):
    imports = shop.imports
    assert imports.saved_mapping(BOOKKEEPER, "members", "0123abcd") is None
    imports.save_mapping(BOOKKEEPER, "members", "0123abcd", {"name": [0, 1], "phone": [3]})
    imports.save_mapping(BOOKKEEPER, "purchases", "0123abcd", {"amount": [2]})
    assert imports.saved_mapping(BOOKKEEPER, "members", "0123abcd") == {
        "name": [0, 1], "phone": [3]}
    assert imports.saved_mapping(BOOKKEEPER, "purchases", "0123abcd") == {"amount": [2]}


# -- purchase history --------------------------------------------------------------------
def test_purchases_find_their_member_by_card_phone_or_email(shop, budi, clock):
    ani = register(shop, "Ani", "081211110001", email="ani@x.id")
    at = datetime(2026, 1, 5, 14, 30)
    result = shop.imports.purchases(BUILTIN_OWNER, [
        purchase_row(2, card="B1", at=at, amount=50_000, receipt="R1"),
        purchase_row(3, phone="+6281211110001", at=at, amount=20_000),
        purchase_row(4, email="ani@x.id", at=at, amount=30_000, receipt="R3"),
        purchase_row(5, card="NOPE", at=at, amount=1_000),
        purchase_row(6, customer_ref="cust_9", at=at, amount=1_000),
        purchase_row(7, card="B1", phone="+6281211110001", at=at, amount=1_000),
    ])
    assert [(o.action, o.member_id) for o in result.outcomes[:3]] == [
        (Action.CREATED, budi.id), (Action.CREATED, ani.id), (Action.CREATED, ani.id)]
    assert [o.reason() for o in result.outcomes[3:]] == [
        "card: no active member has this card",
        "customer_ref: TokoCRM does not keep other systems' customer ids; give the card, "
        "phone or e-mail",
        "phone: matches member B1 by card but member "
        f"{ani.card} by phone"]
    rows = shop.purchases.list(BUILTIN_OWNER, member_id=ani.id)
    assert [(p.amount, p.purchased_at, p.receipt, p.recorded_by) for p in rows] == [
        (20_000, at, None, "owner"), (30_000, at, "R3", "owner")]
    assert entries(shop) == []  # no points unless asked


def test_receipts_already_recorded_or_repeated_are_skipped(shop, budi):
    shop.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=budi.id, amount=10_000,
                                                       receipt="R1"))
    at = datetime(2026, 1, 5)
    result = shop.imports.purchases(BUILTIN_OWNER, [
        purchase_row(2, card="B1", at=at, amount=50_000, receipt="R1"),
        purchase_row(3, card="B1", at=at, amount=50_000, receipt="R2"),
        purchase_row(4, card="B1", at=at, amount=50_000, receipt="R2")])
    assert [(o.action, o.issues and o.issues[0].reason) for o in result.outcomes] == [
        (Action.SKIPPED, "receipt_exists"), (Action.CREATED, ()),
        (Action.SKIPPED, "receipt_in_file")]
    assert result.outcomes[2].duplicate_of == 3


def test_purchases_of_an_inactive_member_are_refused(shop, budi):
    shop.members.update(BUILTIN_OWNER, budi.id, {"status": "inactive"}, budi.version)
    result = shop.imports.purchases(BUILTIN_OWNER, [
        purchase_row(2, card="B1", at=datetime(2026, 1, 5), amount=50_000)])
    assert result.outcomes[0].reason() == "card: member B1 (Budi Santoso) is not active"


def test_award_points_earns_by_todays_rules_and_skips_what_would_have_expired(shop, budi):
    rows = [purchase_row(2, card="B1", at=datetime(2026, 2, 1, 10), amount=125_000),
            purchase_row(3, card="B1", at=datetime(2024, 12, 1, 10), amount=80_000)]
    dry = shop.imports.purchases(BUILTIN_OWNER, rows, award_points=True, dry_run=True)
    result = shop.imports.purchases(BUILTIN_OWNER, rows, award_points=True)
    assert dry.points == result.points == 12  # 2024's 8 points expired in December 2025
    (lot,) = entries(shop, Kind.EARN)
    assert (lot.points, lot.expires_on, lot.member_id) == (12, date(2027, 2, 1), budi.id)
    assert lot.purchase_id == shop.purchases.list(BUILTIN_OWNER, member_id=budi.id)[1].id
    assert shop.loyalty.standing(BUILTIN_OWNER, budi.id).balance == 12
    voided = shop.purchases.void(BUILTIN_OWNER, lot.purchase_id, "wrong import")
    assert voided.voided and shop.loyalty.standing(BUILTIN_OWNER, budi.id).balance == 0


def test_a_failed_purchase_import_writes_nothing(shop, budi, monkeypatch):
    from tokocrm.services import purchase_import

    before = snapshot(shop)

    class Broken(purchase_import.BulkInsert):
        def __call__(self, rows):
            raise RuntimeError("disk full")

    monkeypatch.setattr(purchase_import, "BulkInsert", Broken)  # the lots, after purchases
    with pytest.raises(RuntimeError):
        shop.imports.purchases(BUILTIN_OWNER, [
            purchase_row(2, card="B1", at=datetime(2026, 2, 1), amount=125_000)],
            award_points=True)
    assert snapshot(shop) == before
