"""WhatsApp follow-up on both engines: click-to-chat links for numbers in every form a cashier
types them, with Indonesian text, emoji and line breaks encoded; the owner's templates; a
preview with the member's own figures; promotions only with consent, by any channel; every
send on the member's timeline."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import unquote

import pytest

from tests.factories import make_member
from tokocrm.domain.errors import InvalidField, NotFound, PermissionDenied
from tokocrm.domain.loyalty import RewardKind, RewardTerms
from tokocrm.domain.roles import Role
from tokocrm.domain.users import SecretKind
from tokocrm.domain.whatsapp import Refusal, click_to_chat
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.dto import PurchaseInput

OWNER = BUILTIN_OWNER
CASHIER = Actor(username="ani", role=Role.CASHIER, till="kasir-1")
BOOKKEEPER = Actor(username="dewi", role=Role.BOOKKEEPER, till="kantor")
WA = "https://wa.me/6281234567890"
# Every way the member tests and the spreadsheet import accept one number.
WRITTEN = ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "81234567890",
           "081234567890", "0812 3456 7890", "+62 812-3456-7890", "(+62) 812 3456 7890",
           "+6281234567890", "62 812 3456 7890", " 0812.3456.7890 ", "(0812) 3456-7890"]
TEXT = ("Halo Bu Dédé 🎉\nPoin Anda: 1.250\r\n"
        "Beli 2 & gratis 1, diskon 1/2 harga, hemat 50% #TokoMaju?")
# Written out by hand, not by the code under test: UTF-8 bytes, every reserved character
# escaped (a bare & or # would end the text, a / is escaped too), one %0A per line break.
ENCODED = ("Halo%20Bu%20D%C3%A9d%C3%A9%20%F0%9F%8E%89%0APoin%20Anda%3A%201.250%0A"
           "Beli%202%20%26%20gratis%201%2C%20diskon%201%2F2%20harga%2C%20hemat%2050%25%20"
           "%23TokoMaju%3F")


# -- the link ------------------------------------------------------------------------------------
@pytest.mark.parametrize("written", WRITTEN)
def test_a_link_for_the_number_in_every_accepted_form(written):
    assert click_to_chat(written, TEXT) == f"{WA}?text={ENCODED}"


def test_the_text_comes_back_whole_from_the_link():
    link = click_to_chat("+6281234567890", TEXT)
    assert unquote(link.removeprefix(f"{WA}?text=")) == TEXT.replace("\r\n", "\n")
    assert click_to_chat("+6281234567890") == WA  # no text: the chat opens empty


@pytest.mark.parametrize("phone", [None, "", "  "])
def test_no_link_without_a_mobile(phone):
    with pytest.raises(InvalidField) as refused:
        click_to_chat(phone, "Halo")
    assert refused.value.params["reason"] == "no_mobile"


@pytest.mark.parametrize("landline", ["021-5550123", "12345", "+1 415 555 2671"])
def test_no_link_for_a_number_that_is_not_an_indonesian_mobile(landline):
    with pytest.raises(InvalidField) as refused:
        click_to_chat(landline, "Halo")
    assert refused.value.params["reason"] == "not_mobile"


@pytest.mark.parametrize("written", WRITTEN[:4])
def test_a_member_registered_with_any_form_previews_with_the_same_link(shop, written):
    siti = make_member(shop, "Siti Aminah", written)
    thanks = shop.messages.add_template(OWNER, "Terima kasih", "service",
                                        "Halo {nama} 🙏\nTerima kasih!")
    preview = shop.messages.preview(CASHIER, thanks.id, siti.id)
    assert preview.link == f"{WA}?text=Halo%20Siti%20Aminah%20%F0%9F%99%8F%0ATerima%20kasih%21"


# -- templates -------------------------------------------------------------------------------------
def test_the_owner_writes_renames_and_retires_templates(shop, clock):
    promo = shop.messages.add_template(OWNER, " Promo  kopi ", "promo", "Kopi diskon, {nama}!")
    assert (promo.name, promo.kind, promo.active) == ("Promo kopi", "promo", True)
    clock.advance(hours=1)
    changed = shop.messages.update_template(OWNER, promo.id, name="Promo kopi susu",
                                            body="Kopi susu diskon, {nama}!")
    assert (changed.name, changed.body, changed.updated_at) == (
        "Promo kopi susu", "Kopi susu diskon, {nama}!", clock.now)
    shop.messages.set_template_active(OWNER, promo.id, False)
    assert shop.messages.templates(CASHIER) == []
    assert [t.name for t in shop.messages.templates(OWNER, include_retired=True)] == [
        "Promo kopi susu"]
    events = [(e.subject, e.details) for e in shop.audit.events(OWNER, action="settings_changed")]
    assert events == [
        (f"message template {promo.id}", {"old": {"active": True}, "new": {"active": False}}),
        (f"message template {promo.id}",
         {"old": {"name": "Promo kopi", "body": "Kopi diskon, {nama}!"},
          "new": {"name": "Promo kopi susu", "body": "Kopi susu diskon, {nama}!"}}),
        (f"message template {promo.id}", {"name": "Promo kopi", "kind": "promo"})]


def test_a_bad_template_is_refused_and_saves_nothing(shop):
    shop.messages.add_template(OWNER, "Ulang tahun", "service", "Selamat, {nama}!")
    for name, kind, body, field, reason in (
            ("Ulang tahun", "service", "Halo", "name", "exists"),
            ("Baru", "iklan", "Halo", "kind", "unknown_choice"),
            ("Baru", "promo", "Halo {nama_lengkap}", "body", "unknown_placeholder"),
            ("Baru", "promo", " \n ", "body", "required"),
            ("", "promo", "Halo", "name", "required")):
        with pytest.raises(InvalidField) as refused:
            shop.messages.add_template(OWNER, name, kind, body)
        assert (refused.value.params["field"], refused.value.params["reason"]) == (field, reason)
    assert [t.name for t in shop.messages.templates(OWNER, include_retired=True)] == [
        "Ulang tahun"]


def test_only_the_owner_changes_templates(shop):
    thanks = shop.messages.add_template(OWNER, "Terima kasih", "service", "Terima kasih!")
    for someone in (CASHIER, BOOKKEEPER):
        with pytest.raises(PermissionDenied):
            shop.messages.add_template(someone, "Lain", "service", "Halo")
        with pytest.raises(PermissionDenied):
            shop.messages.update_template(someone, thanks.id, body="Halo")
    assert shop.messages.template_named(CASHIER, "Terima  kasih").id == thanks.id
    with pytest.raises(NotFound):
        shop.messages.template_named(CASHIER, "Tidak ada")


# -- previews ------------------------------------------------------------------------------------
def test_the_preview_fills_in_the_members_own_figures(shop, clock):
    shop.users.create_owner("Toko Maju", "Bu Rina", "rahasia-123", SecretKind.PASSWORD)
    clock.set(2025, 12, 20, 9, 0)
    siti = make_member(shop, "Siti Aminah", "0812-3456-7890", marketing_consent=True)
    drinks = shop.categories.add(OWNER, "Kopi")
    snacks = shop.categories.add(OWNER, "Roti")
    for categories in ((drinks.id,), (drinks.id, snacks.id), (snacks.id,), (drinks.id,)):
        shop.purchases.record(OWNER, PurchaseInput(member_id=siti.id, amount=3_000_000,
                                                   category_ids=categories))
    standing = shop.loyalty.standing(OWNER, siti.id)
    balance = standing.balance
    for name, points in (("Gratis Teh", 100), ("Voucher", balance), ("Payung", balance + 1)):
        shop.loyalty.add_reward(OWNER, name, RewardTerms(RewardKind.FREE_ITEM, points))
    clock.set(2026, 3, 10, 10, 0)
    template = shop.messages.add_template(
        OWNER, "Pengingat", "promo",
        "Halo {nama}, poin Anda {poin} ({tier}) di {toko} hangus {tanggal_kadaluarsa}. "
        "Tukar dengan {hadiah}? Ada promo {kategori_favorit}.")
    preview = shop.messages.preview(CASHIER, template.id, siti.id)

    assert balance > 1000 and standing.tier.tier.name == "Gold"  # Rp 12.000.000 in 12 months
    points = f"{balance // 1000}.{balance % 1000:03d}"
    assert preview.text == (f"Halo Siti Aminah, poin Anda {points} (Gold) di Toko Maju "
                            "hangus 20 Desember 2026. Tukar dengan Voucher? Ada promo Kopi.")
    assert preview.refused_reason is None
    assert unquote(preview.link.removeprefix(f"{WA}?text=")) == preview.text


def test_values_a_member_does_not_have_fill_in_empty(shop):
    budi = make_member(shop, "Budi", "0812-3456-7890", marketing_consent=True)
    template = shop.messages.add_template(OWNER, "Semua", "promo",
                                          "{nama}|{poin}|{toko}|{tanggal_kadaluarsa}|{hadiah}|"
                                          "{kategori_favorit}|{tier}")
    assert shop.messages.preview(CASHIER, template.id, budi.id).text == "Budi|0|||||Silver"


def test_a_promotion_is_never_offered_without_consent(shop):
    budi = make_member(shop, "Budi", "0812-3456-7890", marketing_consent=False)
    promo = shop.messages.add_template(OWNER, "Promo", "promo", "Diskon untuk {nama}!")
    answer = shop.messages.add_template(OWNER, "Jawaban", "service", "Maaf, {nama}.")
    refused = shop.messages.preview(CASHIER, promo.id, budi.id)
    assert (refused.text, refused.link, refused.refused_reason) == (
        "Diskon untuk Budi!", None, Refusal.NO_CONSENT)
    for channel in ("whatsapp", "clipboard"):
        with pytest.raises(InvalidField) as no_consent:
            shop.messages.log_send(CASHIER, budi.id, promo.id, refused.text, channel)
        assert no_consent.value.params["reason"] == "no_consent"
    assert shop.messages.timeline(CASHIER, budi.id) == []
    service = shop.messages.preview(CASHIER, answer.id, budi.id)
    assert service.link == f"{WA}?text=Maaf%2C%20Budi."


def test_consent_given_later_opens_promotions(shop):
    budi = make_member(shop, "Budi", "0812-3456-7890")
    promo = shop.messages.add_template(OWNER, "Promo", "promo", "Diskon!")
    assert shop.messages.preview(CASHIER, promo.id, budi.id).link is None
    shop.members.update(OWNER, budi.id, {"marketing_consent": True}, budi.version)
    assert shop.messages.preview(CASHIER, promo.id, budi.id).link == f"{WA}?text=Diskon%21"


def test_a_member_without_a_mobile_gets_no_link_but_may_get_a_copy(shop):
    kartu = make_member(shop, "Kartu Saja", phone="", email="kartu@example.com")
    answer = shop.messages.add_template(OWNER, "Jawaban", "service", "Maaf, {nama}.")
    preview = shop.messages.preview(CASHIER, answer.id, kartu.id)
    assert (preview.link, preview.refused_reason) == (None, Refusal.NO_MOBILE)
    with pytest.raises(InvalidField) as refused:
        shop.messages.log_send(CASHIER, kartu.id, answer.id, preview.text, "whatsapp")
    assert refused.value.params["reason"] == "no_mobile"
    copied = shop.messages.log_send(CASHIER, kartu.id, answer.id, preview.text, "clipboard")
    assert copied.channel == "clipboard"


# -- sending and the timeline ------------------------------------------------------------------
def test_every_send_is_on_the_timeline_newest_first(shop, clock):
    siti = make_member(shop, "Siti", "0812-3456-7890", marketing_consent=True)
    twin = make_member(shop, "Siti A.", "0812-9999-0000")
    birthday = shop.messages.add_template(OWNER, "Ulang tahun", "promo", "Selamat, {nama}!")
    answer = shop.messages.add_template(OWNER, "Jawaban", "service", "Maaf, {nama}.")
    shop.messages.log_send(CASHIER, twin.id, answer.id, "Maaf, Siti A.", "whatsapp")
    clock.advance(minutes=5)
    first = shop.messages.log_send(CASHIER, siti.id, birthday.id, "Selamat, Siti!\r\n",
                                   "whatsapp")
    clock.advance(minutes=5)
    shop.messages.update_template(OWNER, birthday.id, name="HUT")
    shop.messages.log_send(OWNER, siti.id, birthday.id, "Selamat lagi", "clipboard")
    shop.members.merge(OWNER, siti.id, twin.id)

    timeline = shop.messages.timeline(BOOKKEEPER, siti.id)
    assert [(m.sent_at, m.sent_by, m.till, m.template_name, m.channel, m.text)
            for m in timeline] == [
        (clock.now, "owner", OWNER.till, "HUT", "clipboard", "Selamat lagi"),
        (first.sent_at, "ani", "kasir-1", "Ulang tahun", "whatsapp", "Selamat, Siti!"),
        (datetime(2026, 3, 10, 10, 0), "ani", "kasir-1", "Jawaban", "whatsapp",
         "Maaf, Siti A.")]  # the duplicate merged into her record


def test_who_may_send(shop):
    siti = make_member(shop, "Siti", "0812-3456-7890")
    answer = shop.messages.add_template(OWNER, "Jawaban", "service", "Maaf.")
    with pytest.raises(PermissionDenied):
        shop.messages.log_send(BOOKKEEPER, siti.id, answer.id, "Maaf.", "whatsapp")
    assert shop.messages.preview(BOOKKEEPER, answer.id, siti.id).link == f"{WA}?text=Maaf."
    for text, channel, reason in (("  ", "whatsapp", "required"),
                                  ("Maaf.", "sms", "unknown_choice")):
        with pytest.raises(InvalidField) as refused:
            shop.messages.log_send(CASHIER, siti.id, answer.id, text, channel)
        assert refused.value.params["reason"] == reason
    assert shop.messages.timeline(OWNER, siti.id) == []


def test_an_erased_member_gets_no_message(shop):
    siti = make_member(shop, "Siti", "0812-3456-7890", birthday=date(1990, 3, 10))
    answer = shop.messages.add_template(OWNER, "Jawaban", "service", "Maaf.")
    shop.privacy.erase(OWNER, siti.id, "permintaan pelanggan")
    for attempt in (lambda: shop.messages.preview(CASHIER, answer.id, siti.id),
                    lambda: shop.messages.log_send(CASHIER, siti.id, answer.id, "Maaf.",
                                                   "clipboard")):
        with pytest.raises(InvalidField) as refused:
            attempt()
        assert refused.value.params["reason"] == "erased"
