"""Member cards (issue #10), on both engines: what a card shows, which cards still wait to be
printed, marking them printed, the refusals (erased, merged) and the shop's logo."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from PIL import Image

from tests.factories import make_member, make_purchase
from tokocrm.db.models import Member
from tokocrm.db.sessions import Sessions
from tokocrm.domain.errors import InvalidField, NotFound, PermissionDenied
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.cards import LOGO_KEY, MAX_LOGO_KB, CardData, CardService

OWNER = BUILTIN_OWNER
CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
BOOKKEEPER = Actor(username="dewi", role=Role.BOOKKEEPER, till="kantor")


@pytest.fixture
def cards(shop, clock):
    return CardService(Sessions(shop.engine), clock)


def image_bytes(kind: str, size: tuple[int, int] = (40, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (11, 110, 79)).save(buffer, kind)
    return buffer.getvalue()


def test_card_data_shows_name_card_tier_and_shop_in_the_order_asked(shop, cards):
    shop.settings.set(OWNER, "shop_name", "Toko Makmur")
    siti = make_member(shop, "Siti Aminah")
    budi = make_member(shop, "Budi Santoso", card="lama-0042")
    make_purchase(shop, budi, amount=6_000_000)  # over the default Gold threshold
    got = cards.card_data(CASHIER, [budi.id, siti.id, budi.id])
    assert got == [CardData(budi.id, "LAMA0042", "Budi Santoso", "Gold", "Toko Makmur"),
                   CardData(siti.id, siti.card, "Siti Aminah", "Silver", "Toko Makmur")]


def test_new_cards_are_the_active_unprinted_ones_in_card_order(shop, cards):
    first, second = make_member(shop, "Ani"), make_member(shop, "Budi")
    imported = make_member(shop, "Citra", card="A100")  # letters sort after digits
    resting = make_member(shop, "Dedi")
    shop.members.update(OWNER, resting.id, {"status": "inactive"}, resting.version)
    assert cards.new_cards(CASHIER) == [first.id, second.id, imported.id]


def test_marking_printed_takes_cards_off_the_new_list_and_keeps_the_profile_editable(
        shop, cards, clock):
    siti, budi = make_member(shop, "Siti"), make_member(shop, "Budi")
    clock.set(2026, 3, 11, 9, 30)
    cards.mark_printed(CASHIER, [siti.id])
    assert cards.new_cards(CASHIER) == [budi.id]
    # A profile opened before the card was printed still saves: printing is not an edit.
    shop.members.update(OWNER, siti.id, {"notes": "kartu diambil"}, siti.version)
    with Sessions(shop.engine)() as session:
        assert session.get(Member, siti.id).card_printed_at == datetime(2026, 3, 11, 9, 30)
        assert session.get(Member, budi.id).card_printed_at is None


def test_an_erased_members_card_is_never_printed(shop, cards):
    siti, budi = make_member(shop, "Siti"), make_member(shop, "Budi")
    shop.privacy.erase(OWNER, siti.id, "asked at the counter")
    with pytest.raises(InvalidField) as refused:
        cards.card_data(CASHIER, [budi.id, siti.id])
    assert refused.value.params["reason"] == "erased"
    with pytest.raises(InvalidField):
        cards.mark_printed(CASHIER, [budi.id, siti.id])
    assert cards.new_cards(CASHIER) == [budi.id]  # refused as a whole: Budi not marked either


def test_a_merged_record_has_no_card_of_its_own(shop, cards):
    keep, twin = make_member(shop, "Siti"), make_member(shop, "Siti A.")
    shop.members.merge(OWNER, keep.id, twin.id)
    with pytest.raises(InvalidField) as refused:
        cards.card_data(CASHIER, [twin.id])
    assert refused.value.params["reason"] == "merged"
    assert cards.new_cards(CASHIER) == [keep.id]


def test_an_unknown_member_is_not_found(cards):
    with pytest.raises(NotFound):
        cards.card_data(CASHIER, [999])


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_the_logo_is_kept_as_given_and_can_be_removed(shop, cards, kind):
    logo = image_bytes(kind)
    assert cards.logo(CASHIER) is None
    cards.set_logo(OWNER, logo)
    assert cards.logo(CASHIER) == logo
    cards.set_logo(OWNER, None)
    assert cards.logo(CASHIER) is None


def test_the_audit_trail_describes_the_logo_without_its_bytes(shop, cards):
    logo = image_bytes("PNG")
    cards.set_logo(OWNER, logo)
    [event] = shop.audit.events(OWNER, action="settings_changed")
    assert event.subject == LOGO_KEY and event.details["old"] is None
    assert event.details["new"]["bytes"] == len(logo)
    assert len(str(event.details)) < 200


def test_a_logo_must_be_a_png_or_jpeg_image(cards):
    for not_an_image in (b"", b"GIF89a....", b"<svg xmlns='http://www.w3.org/2000/svg'/>"):
        with pytest.raises(InvalidField) as refused:
            cards.set_logo(OWNER, not_an_image)
        assert refused.value.params["reason"] == "not_image"
    assert cards.logo(OWNER) is None


def test_a_logo_over_the_size_limit_is_refused(cards):
    big = image_bytes("PNG")
    big += b"\0" * (MAX_LOGO_KB * 1024 + 1 - len(big))
    with pytest.raises(InvalidField) as refused:
        cards.set_logo(OWNER, big)
    assert refused.value.params == {"field": LOGO_KEY, "value": f"{len(big)} bytes",
                                    "reason": "file_too_large", "limit": MAX_LOGO_KB}
    cards.set_logo(OWNER, big[:MAX_LOGO_KB * 1024])  # exactly at the limit is fine


def test_cards_are_counter_work_and_the_logo_the_owners(shop, cards):
    siti = make_member(shop, "Siti")
    for refused in (lambda: cards.card_data(BOOKKEEPER, [siti.id]),
                    lambda: cards.new_cards(BOOKKEEPER),
                    lambda: cards.mark_printed(BOOKKEEPER, [siti.id]),
                    lambda: cards.set_logo(CASHIER, image_bytes("PNG"))):
        with pytest.raises(PermissionDenied):
            refused()
    assert cards.logo(BOOKKEEPER) is None  # anyone who reads the settings sees it
