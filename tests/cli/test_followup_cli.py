"""`tokocrm followup LIST [--template NAME] [--json]`: the members due today with the link that
opens their WhatsApp chat; a promotion gets no link for members without consent."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import make_member
from tokocrm.domain.users import SecretKind
from tokocrm.services.actor import BUILTIN_OWNER
from tokocrm.services.container import open_services

TODAY = date.today()
BORN = date(1992, TODAY.month, TODAY.day)  # a leap year: today is a birthday, 29 February too


@pytest.fixture
def shop(db_url):
    """Three birthdays today: Siti agreed to offers, Budi did not, Citra has only a card; and
    two templates."""
    services = open_services(db_url)
    members = {
        "siti": make_member(services, "Siti Aminah", "0812-3456-7890", birthday=BORN,
                            marketing_consent=True),
        "budi": make_member(services, "Budi", "0813-1111-2222", birthday=BORN),
        "citra": make_member(services, "Citra", phone="", birthday=BORN)}
    services.messages.add_template(BUILTIN_OWNER, "Promo ultah", "promo",
                                   "Selamat ulang tahun, {nama}! 🎂\nDiskon 10% hari ini.")
    services.messages.add_template(BUILTIN_OWNER, "Ucapan", "service", "Selamat, {nama}!")
    services.close()
    return members


def test_the_list_with_a_plain_chat_link_each(shop, run_json):
    found = run_json("followup", "birthdays-week")
    assert [(m["name"], m["link"], m["refused"]) for m in found] == [
        ("Budi", "https://wa.me/6281311112222", None),
        ("Citra", None, "no_mobile"),
        ("Siti Aminah", "https://wa.me/6281234567890", None)]
    siti = found[2]
    assert siti == {"id": shop["siti"].id, "card": shop["siti"].card, "name": "Siti Aminah",
                    "phone": "+6281234567890", "consent": True, "due_on": TODAY.isoformat(),
                    "points": None, "reason": f"birthday on {TODAY.isoformat()}",
                    "link": "https://wa.me/6281234567890", "refused": None}


def test_a_promotion_links_only_members_who_agreed(shop, run_json):
    found = {m["name"]: m for m in run_json("followup", "birthdays-month",
                                             "--template", "Promo ultah")}
    assert found["Siti Aminah"]["link"] == (
        "https://wa.me/6281234567890?text=Selamat%20ulang%20tahun%2C%20Siti%20Aminah%21%20"
        "%F0%9F%8E%82%0ADiskon%2010%25%20hari%20ini.")
    assert found["Siti Aminah"]["text"] == (
        "Selamat ulang tahun, Siti Aminah! 🎂\nDiskon 10% hari ini.")
    assert (found["Budi"]["link"], found["Budi"]["refused"]) == (None, "no_consent")
    assert (found["Citra"]["link"], found["Citra"]["refused"]) == (None, "no_consent")
    service = {m["name"]: m["link"] for m in run_json("followup", "birthdays-month",
                                                       "--template", "Ucapan")}
    assert service["Budi"] == "https://wa.me/6281311112222?text=Selamat%2C%20Budi%21"


def test_the_text_table_names_why_and_the_link(shop, cli):
    code, out, err = cli("followup", "birthdays-week", "--template", "Promo ultah")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "birthdays-week: 3 members"
    assert lines[1].split() == ["CARD", "NAME", "PHONE", "WHY", "WHATSAPP"]
    assert "(no consent to offers)" in lines[2] and "0813-1111-2222" in lines[2]
    assert lines[4].endswith("%0ADiskon%2010%25%20hari%20ini.")


def test_an_unknown_list_or_template_is_refused(shop, cli, capsys):
    with pytest.raises(SystemExit) as usage:
        cli("followup", "birthdays-year")
    assert usage.value.code == 2 and "invalid choice: 'birthdays-year'" in capsys.readouterr().err
    code, out, err = cli("followup", "former", "--template", "Tidak ada")
    assert (code, out) == (1, "") and "Tidak ada" in err and err.count("\n") == 1


def test_it_only_reads_so_it_needs_no_login(db_url, shop, run_json):
    services = open_services(db_url)
    services.users.create_owner("Toko Maju", "Bu Rina", "rahasia-123", SecretKind.PASSWORD)
    services.close()
    assert len(run_json("followup", "at-risk")) == 0
    assert len(run_json("followup", "birthdays-month")) == 3
