"""Message templates filled in for a member, in Indonesian, and what a template may hold."""

from __future__ import annotations

from datetime import date

import pytest

from tokocrm.domain.errors import InvalidField
from tokocrm.domain.whatsapp import (
    MAX_BODY,
    MessageValues,
    Refusal,
    TemplateKind,
    clean_body,
    clean_name,
    placeholders_in,
    refusal,
    render,
)

SITI = MessageValues(nama="Siti Aminah", poin=1_250_000, tier="Gold", toko="Toko Maju",
                     tanggal_kadaluarsa=date(2026, 12, 5), hadiah="Gratis Teh",
                     kategori_favorit="Minuman")


def test_every_placeholder_is_filled_the_indonesian_way():
    body = ("Halo {nama}! Poin Anda {poin} ({tier}) di {toko} berlaku s.d. "
            "{tanggal_kadaluarsa}. Tukar dengan {hadiah}; ada promo {kategori_favorit}.")
    assert render(body, SITI) == (
        "Halo Siti Aminah! Poin Anda 1.250.000 (Gold) di Toko Maju berlaku s.d. 5 Desember "
        "2026. Tukar dengan Gratis Teh; ada promo Minuman.")


def test_missing_values_fill_in_empty_and_points_as_zero():
    body = "{nama}|{poin}|{tier}|{toko}|{tanggal_kadaluarsa}|{hadiah}|{kategori_favorit}"
    assert render(body, MessageValues(nama="Budi")) == "Budi|0|||||"


@pytest.mark.parametrize(("day", "written"), [(date(2026, 1, 1), "1 Januari 2026"),
                                              (date(2026, 8, 17), "17 Agustus 2026"),
                                              (date(2027, 2, 28), "28 Februari 2027")])
def test_dates_are_written_in_indonesian(day, written):
    assert render("{tanggal_kadaluarsa}", MessageValues(tanggal_kadaluarsa=day)) == written


def test_placeholders_as_owners_type_them():
    assert render("Halo {Nama}, poin { POIN }", SITI) == "Halo Siti Aminah, poin 1.250.000"
    # No escapes to learn: the braces around a placeholder are its own, the rest are text.
    assert render("{{nama}}", SITI) == "{Siti Aminah}"


def test_an_unknown_placeholder_is_refused_by_name():
    for body in ("Halo {nama_lengkap}", "Halo {nama lengkap}", "Halo {name}"):
        with pytest.raises(InvalidField) as refused:
            render(body, SITI)
        assert refused.value.params["reason"] == "unknown_placeholder"
        assert refused.value.params["value"] == body[body.index("{"):]
        assert "{kategori_favorit}" in refused.value.params["choices"]
    with pytest.raises(InvalidField, match="nama_lengkap"):
        clean_body("Halo {nama_lengkap}")


def test_braces_around_anything_but_words_are_plain_text():
    assert render("Sedih :{ lalu senang :}", SITI) == "Sedih :{ lalu senang :}"
    assert render("Diskon {50%} {} {-}", SITI) == "Diskon {50%} {} {-}"
    assert render("Oke :} {nama} :{", SITI) == "Oke :} Siti Aminah :{"
    assert placeholders_in("Oke :} {nama} :{ {poin}") == frozenset({"nama", "poin"})


def test_a_body_keeps_its_lines_and_is_refused_empty_or_too_long():
    assert clean_body("  Halo {nama},\r\n\r\nSalam\r\n") == "Halo {nama},\n\nSalam"
    for bad, reason in (("   ", "required"), ("x" * (MAX_BODY + 1), "too_long")):
        with pytest.raises(InvalidField) as refused:
            clean_body(bad)
        assert refused.value.params["reason"] == reason
    assert clean_name("  Ulang   tahun ") == "Ulang tahun"


def test_a_promotion_needs_consent_and_a_link_needs_a_mobile():
    assert refusal(TemplateKind.PROMO, False, "+6281234567890") == Refusal.NO_CONSENT
    assert refusal(TemplateKind.PROMO, False, None) == Refusal.NO_CONSENT
    assert refusal(TemplateKind.PROMO, True, None) == Refusal.NO_MOBILE
    assert refusal(TemplateKind.SERVICE, False, "+6281234567890") is None
    assert refusal(TemplateKind.PROMO, True, "+6281234567890") is None
