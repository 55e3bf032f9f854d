"""Registering, finding, editing and merging members."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import make_member, make_purchase
from tokocrm.domain.cards import is_valid_ean13
from tokocrm.domain.errors import (
    DuplicateCard,
    DuplicatePhone,
    InvalidField,
    MergeRefused,
    NotFound,
    PermissionDenied,
    StaleEdit,
)
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import MemberInput

CASHIER = Actor(username="ani", role=Role.CASHIER)
BOOKKEEPER = Actor(username="budi", role=Role.BOOKKEEPER)
SAME_NUMBER = ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "81234567890"]


def test_register_gives_an_ean13_card_with_the_shop_prefix(services):
    first = make_member(services, "Siti Aminah", "0812-3456-7890")
    second = make_member(services, "Budi Santoso")
    assert first.card.startswith("29") and is_valid_ean13(first.card)
    assert second.card != first.card and is_valid_ean13(second.card)
    assert first.phone == "+6281234567890" and first.status == "active"
    assert first.joined_on == date.today()

    services.settings.set(BUILTIN_OWNER, "card_prefix", "277")
    third = make_member(services, "Citra")
    assert third.card.startswith("277") and is_valid_ean13(third.card)


def test_register_keeps_an_imported_card_code(services):
    member = make_member(services, card="mbr-00017a")
    assert member.card == "MBR00017A"
    with pytest.raises(DuplicateCard):
        make_member(services, card="MBR00017A")


@pytest.mark.parametrize("written", SAME_NUMBER)
def test_every_written_form_of_a_phone_is_the_same_member(services, written):
    member = make_member(services, "Siti Aminah", "0812 3456 7890")
    assert [row.id for row in services.members.find(CASHIER, written)] == [member.id]
    with pytest.raises(DuplicatePhone) as refused:
        make_member(services, "Siti A.", written)
    assert refused.value.params["member_id"] == member.id


@pytest.mark.parametrize("bad", ["021-5550123", "12345", "0812", "bukan nomor"])
def test_a_phone_that_is_not_an_indonesian_mobile_is_refused(services, bad):
    with pytest.raises(InvalidField, match="phone"):
        make_member(services, "Siti", bad)
    assert services.members.count(BUILTIN_OWNER) == 0


def test_other_bad_fields_are_refused_and_nothing_is_saved(services):
    for data in (MemberInput(name="  ", phone="081234567890"),
                 MemberInput(name="Siti", phone="081234567890", email="siti@"),
                 MemberInput(name="Siti", phone="081234567890", birthday=date(2999, 1, 1)),
                 MemberInput(name="Siti", phone="081234567890", card="kartu salah!")):
        with pytest.raises(InvalidField):
            services.members.register(BUILTIN_OWNER, data)
    assert services.members.count(BUILTIN_OWNER) == 0


def test_find_by_card_by_name_fragment_and_by_number_prefix(services):
    siti = make_member(services, "Siti Aminah", "081234567890")
    make_member(services, "Aminah Lubis", "085712340000")
    make_member(services, "Budi Santoso", "081398765432")
    assert [r.id for r in services.members.find(CASHIER, siti.card)] == [siti.id]
    assert [r.name for r in services.members.find(CASHIER, "amin")] == [
        "Aminah Lubis", "Siti Aminah"]  # names that start with it come first
    assert [r.name for r in services.members.find(CASHIER, "SANTO")] == ["Budi Santoso"]
    assert [r.name for r in services.members.find(CASHIER, "si")] == ["Siti Aminah"]
    assert [r.name for r in services.members.find(CASHIER, "0812")] == ["Siti Aminah"]
    assert [r.name for r in services.members.find(CASHIER, "+62 81")] == [
        "Siti Aminah", "Budi Santoso"]
    assert services.members.find(CASHIER, "zzz") == []
    assert services.members.find(CASHIER, "100%_") == []


def test_cards_are_found_whatever_the_case_and_spacing(services):
    member = make_member(services, card="AB123")
    assert [r.id for r in services.members.find(CASHIER, " ab 123 ")] == [member.id]


def test_update_checks_fields_versions_and_phone_uniqueness(services):
    siti = make_member(services, "Siti", "081234567890")
    budi = make_member(services, "Budi", "081398765432")
    changed = services.members.update(CASHIER, siti.id, {"name": "Siti Aminah",
                                      "marketing_consent": True}, siti.version)
    assert changed.name == "Siti Aminah" and changed.consent_at is not None
    assert changed.version == siti.version + 1
    with pytest.raises(StaleEdit):
        services.members.update(CASHIER, siti.id, {"name": "Old"}, siti.version)
    with pytest.raises(DuplicatePhone):
        services.members.update(CASHIER, siti.id, {"phone": "0813-9876-5432"}, changed.version)
    with pytest.raises(InvalidField):
        services.members.update(CASHIER, siti.id, {"card": "X"}, changed.version)
    assert services.members.get(CASHIER, budi.id).phone == "+6281398765432"
    assert services.members.get(CASHIER, siti.id).name == "Siti Aminah"


def test_inactive_members_free_their_phone(services):
    old = make_member(services, "Siti", "081234567890")
    services.members.update(BUILTIN_OWNER, old.id, {"status": "inactive"}, old.version)
    new = make_member(services, "Siti Baru", "081234567890")
    assert new.id != old.id
    stale = services.members.get(BUILTIN_OWNER, old.id)
    with pytest.raises(DuplicatePhone):
        services.members.update(BUILTIN_OWNER, old.id, {"status": "active"}, stale.version)


def test_members_without_a_phone_are_kept_and_found_by_card_and_name(services):
    """Card-only customers: any number of them, none taking another's place."""
    first = services.members.register(CASHIER, MemberInput(name="Pak Kartu"))
    second = services.members.register(CASHIER, MemberInput(name="Bu Kartu", phone="  "))
    assert (first.phone, second.phone) == (None, None)
    assert services.members.resolve(CASHIER, second.card).id == second.id
    assert [m.id for m in services.members.find(CASHIER, "Kartu")] == [second.id, first.id]
    siti = make_member(services, "Siti", "081234567890")
    dropped = services.members.update(CASHIER, siti.id, {"phone": ""}, siti.version)
    assert dropped.phone is None
    again = services.members.update(CASHIER, siti.id, {"phone": "0812 3456 7890"},
                                    dropped.version)
    assert again.phone == "+6281234567890"


def test_merge_moves_history_and_keeps_the_old_card_working(services):
    keep = make_member(services, "Siti Aminah", "081234567890")
    other = make_member(services, "Siti A", "081298765432", email="siti@toko.id",
                        birthday=date(1990, 5, 17))
    friend = make_member(services, "Rina", referred_by_id=other.id)
    make_purchase(services, other, 75_000)
    make_purchase(services, keep, 25_000)

    merged = services.members.merge(BUILTIN_OWNER, keep.id, other.id)
    assert merged.email == "siti@toko.id" and merged.birthday == date(1990, 5, 17)
    assert services.purchases.stats(BUILTIN_OWNER, keep.id).total_spend == 100_000
    assert services.members.get(BUILTIN_OWNER, friend.id).referred_by_id == keep.id
    assert services.members.get(BUILTIN_OWNER, other.id).status == "merged"
    assert [r.id for r in services.members.find(CASHIER, other.card)] == [keep.id]
    assert services.members.resolve(CASHIER, other.card).id == keep.id
    assert [r.name for r in services.members.find(CASHIER, "siti")] == ["Siti Aminah"]
    with pytest.raises(MergeRefused):
        services.members.merge(BUILTIN_OWNER, keep.id, other.id)
    with pytest.raises(MergeRefused):
        services.members.merge(BUILTIN_OWNER, keep.id, keep.id)


def test_only_the_owner_merges_and_bookkeepers_do_no_counter_work(services):
    a, b = make_member(services, "A"), make_member(services, "B")
    with pytest.raises(PermissionDenied):
        services.members.merge(CASHIER, a.id, b.id)
    with pytest.raises(PermissionDenied):
        services.members.register(BOOKKEEPER, MemberInput(name="C", phone="081211112222"))
    assert services.members.count(BOOKKEEPER) == 2


def test_resolve_names_what_was_not_found(services):
    with pytest.raises(NotFound, match="2900"):
        services.members.resolve(CASHIER, "2900000000000")


def test_search_ids_sorts_and_pages_for_the_members_table(services):
    for name in ("Citra", "Ayu", "Budi"):
        make_member(services, name)
    ids = services.members.search_ids(BUILTIN_OWNER, "", sort="name")
    assert [r.name for r in services.members.rows_by_ids(BUILTIN_OWNER, ids)] == [
        "Ayu", "Budi", "Citra"]
    desc = services.members.search_ids(BUILTIN_OWNER, "", sort="name", descending=True)
    assert desc == ids[::-1]
    assert len(services.members.search_ids(BUILTIN_OWNER, "u")) == 2


@pytest.mark.parametrize("typed", ['"', "'", "%", "\\", "((", "+", "-", "Sïti 😀", "a" * 300,
                                   "NEAR(a b)", "08", "+62", "0812-", "*"])
def test_search_never_fails_whatever_is_typed(services, typed):
    make_member(services, "Siti Aminah")
    assert isinstance(services.members.find(CASHIER, typed), list)


def test_register_names_the_referrer_by_card_or_phone(services):
    siti = make_member(services, "Siti", "081234567890")
    by_card = make_member(services, "Rina", referrer=siti.card)
    by_phone = make_member(services, "Dewi", referrer="0812 3456 7890")
    assert by_card.referred_by_id == by_phone.referred_by_id == siti.id
    with pytest.raises(InvalidField, match="referred_by"):
        make_member(services, "Ayu", referrer="0899 0000 0000")
    assert services.members.count(BUILTIN_OWNER) == 3


@pytest.mark.parametrize("typed", ["0819", "08199", "+62819"])
def test_a_number_prefix_finds_whatever_its_last_digit(services, typed):
    """A prefix search is a range up to the next character ("0819" .. "081:"); it holds only
    in byte order, which a PostgreSQL database with a language's sorting does not use."""
    found = services.members.register(BUILTIN_OWNER, MemberInput(
        name="Wati", phone="0819-9999-1234"))
    services.members.register(BUILTIN_OWNER, MemberInput(name="Joko", phone="0818-1111-2222"))
    assert [m.id for m in services.members.find(BUILTIN_OWNER, typed)][:1] == [found.id]
