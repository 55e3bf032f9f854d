"""The profile's privacy actions: the member's own data as a workbook, erasure on request."""

from __future__ import annotations

from openpyxl import load_workbook

from tests.factories import make_member, make_purchase
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.ui.dialogs.member_profile_dialog import MemberProfileDialog


def profile(qtbot, shop, actor, member_id):
    dialog = MemberProfileDialog(shop, actor, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_owner_exports_the_members_data_and_erases_them(qtbot, shop, tmp_path):
    siti = make_member(shop, "Siti Aminah")
    shop.members.update(BUILTIN_OWNER, siti.id, {"marketing_consent": True}, siti.version)
    make_purchase(shop, siti, 125_000)
    dialog = profile(qtbot, shop, BUILTIN_OWNER, siti.id)
    assert dialog.consent_check.text().startswith("Agrees to receive offers (since ")
    privacy = dialog.privacy
    assert privacy.export_button.isVisible() and privacy.erase_button.isVisible()
    privacy.export(tmp_path / "siti.xlsx")  # its own slot says when it is done
    qtbot.waitUntil(lambda: "Saved" in privacy.result.text(), timeout=10_000)
    book = load_workbook(tmp_path / "siti.xlsx", read_only=True)
    assert "Siti Aminah" in [cell for row in book.worksheets[0].iter_rows(values_only=True)
                             for cell in row]
    privacy.erase_button.click()
    privacy.confirm.click()  # no reason yet: refused, nothing erased
    assert shop.members.get(BUILTIN_OWNER, siti.id).name == "Siti Aminah"
    qtbot.keyClicks(privacy.reason, "diminta lewat WhatsApp")
    privacy.confirm.click()
    erased = shop.members.get(BUILTIN_OWNER, siti.id)
    assert erased.erased_at is not None and erased.phone is None
    assert dialog.name_edit.text() == "Erased member"  # the UI's words, not the stored ones
    assert dialog.name_edit.isReadOnly() and not dialog.save_button.isVisible()
    assert shop.purchases.stats(BUILTIN_OWNER, siti.id).total_spend == 125_000


def test_a_cashier_sees_neither_action(qtbot, shop):
    siti = make_member(shop, "Siti Aminah")
    dialog = profile(qtbot, shop, Actor("ani", Role.CASHIER), siti.id)
    assert not dialog.privacy.export_button.isVisible()
    assert not dialog.privacy.erase_button.isVisible()
