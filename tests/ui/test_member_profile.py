"""The member profile dialog: details, totals, history, saving edits and voiding purchases."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from tests.factories import make_member, make_purchase
from tests.ui.card_preview import PreviewStub
from tokocrm.domain.loyalty import RewardKind, RewardTerms
from tokocrm.domain.members import Gender
from tokocrm.domain.roles import Role
from tokocrm.services.actor import BUILTIN_OWNER, Actor
from tokocrm.services.cards import CardData
from tokocrm.services.dto import PurchaseInput
from tokocrm.ui.dialogs.member_profile_dialog import MemberProfileDialog
from tokocrm.ui.formatting import day, rupiah

CASHIER = Actor(username="ani", role=Role.CASHIER)
BOOKKEEPER = Actor(username="sri", role=Role.BOOKKEEPER)


@pytest.fixture
def budi(shop):
    return make_member(shop, name="Budi Santoso", phone="0811-2222-3333")


@pytest.fixture
def siti(shop, budi):
    """Referred by Budi, with two purchases in two categories."""
    siti = make_member(shop, name="Siti Aminah", phone="0812-3456-7890",
                       referred_by_id=budi.id)
    categories = {c.name: c for c in shop.categories.list(BUILTIN_OWNER)}  # seeded ones
    sembako, minuman = categories["Sembako"], categories["Minuman"]
    make_purchase(shop, siti, amount=120_000, receipt="R-001", items_count=7,
                  category_ids=(sembako.id, minuman.id))
    make_purchase(shop, siti, amount=30_000, receipt="R-002", category_ids=(sembako.id,))
    return siti


def open_dialog(qtbot, shop, member_id: int, actor: Actor = BUILTIN_OWNER
                ) -> MemberProfileDialog:
    dialog = MemberProfileDialog(shop, actor, member_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def history_cell(dialog: MemberProfileDialog, row: int, column: int) -> str:
    return dialog.history.item(row, column).text()


def test_shows_details_totals_and_history(qtbot, shop, siti, budi):
    dialog = open_dialog(qtbot, shop, siti.id)
    assert dialog.card_label.text() == siti.card
    assert dialog.joined_label.text() == day(siti.joined_on)
    assert dialog.name_edit.text() == "Siti Aminah"
    assert dialog.phone_edit.text() == "0812-3456-7890"
    assert dialog.referrer_label.text() == f"Budi Santoso (card {budi.card})"
    assert dialog.visits_label.text() == "2"
    assert dialog.spend_label.text() == rupiah(150_000)
    assert dialog.average_label.text() == rupiah(75_000)
    assert dialog.favourites_label.text() == "Sembako (2), Minuman (1)"
    assert dialog.last_label.text() != "—"
    assert dialog.history.rowCount() == 2
    assert history_cell(dialog, 0, 2) == "R-002"  # newest first
    assert history_cell(dialog, 1, 1) == rupiah(120_000)
    assert history_cell(dialog, 1, 3) == "7"
    assert history_cell(dialog, 1, 4) == "Minuman, Sembako"
    assert siti.card in dialog.windowTitle()


def test_a_member_without_purchases_or_referrer(qtbot, shop, budi):
    dialog = open_dialog(qtbot, shop, budi.id)
    assert dialog.referrer_label.text() == "—"
    assert dialog.visits_label.text() == "0"
    assert dialog.first_label.text() == "—"
    assert dialog.favourites_label.text() == "—"
    assert not dialog.void_button.isEnabled()


def test_edit_name_and_phone_and_save(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id)
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Siti  Aminah Rahayu")
    dialog.phone_edit.setText("+62 813 9999 8888")
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    assert saved.args == [siti.id]
    stored = shop.members.get(BUILTIN_OWNER, siti.id)
    assert (stored.name, stored.phone) == ("Siti Aminah Rahayu", "+6281399998888")
    assert stored.referred_by_id == siti.referred_by_id  # untouched fields stay
    assert dialog.isVisible()
    assert dialog.phone_edit.text() == "0813-9999-8888"
    assert dialog.message.text() == "Saved."
    assert dialog.changes() == {}


def test_more_fields_round_trip(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id)
    dialog.email_edit.setText("siti@example.com")
    dialog.birthday_known.setChecked(True)
    dialog.birthday_edit.setDate(QDate(1988, 4, 21))
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData("female"))
    dialog.address_edit.setPlainText("Jl. Melati 5, Bandung")
    dialog.consent_check.setChecked(True)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("inactive"))
    assert set(dialog.changes()) == {"email", "birthday", "gender", "address",
                                      "marketing_consent", "status"}
    click(qtbot, dialog.save_button)
    stored = shop.members.get(BUILTIN_OWNER, siti.id)
    assert stored.email == "siti@example.com"
    assert stored.birthday == date(1988, 4, 21)
    assert stored.gender == Gender.FEMALE
    assert stored.address == "Jl. Melati 5, Bandung"
    assert stored.marketing_consent and stored.consent_at is not None
    assert stored.status == "inactive"

    dialog.birthday_known.setChecked(False)
    assert dialog.changes() == {"birthday": None}
    click(qtbot, dialog.save_button)
    assert shop.members.get(BUILTIN_OWNER, siti.id).birthday is None


def test_a_bad_phone_shows_a_message_and_saves_nothing(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id)
    dialog.name_edit.setText("Siti Baru")
    dialog.phone_edit.setText("12345")
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.save_button)
    assert "phone" in dialog.message.text().lower()
    stored = shop.members.get(BUILTIN_OWNER, siti.id)
    assert (stored.name, stored.version) == ("Siti Aminah", siti.version)


def test_a_phone_of_another_member_is_refused(qtbot, shop, siti, budi):
    dialog = open_dialog(qtbot, shop, siti.id)
    dialog.phone_edit.setText("0811 2222 3333")
    click(qtbot, dialog.save_button)
    assert "Budi Santoso" in dialog.message.text()
    assert shop.members.get(BUILTIN_OWNER, siti.id).phone == "+6281234567890"


def test_saving_without_changes_says_so(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id)
    click(qtbot, dialog.save_button)
    assert dialog.message.text().startswith("Nothing to save")
    assert shop.members.get(BUILTIN_OWNER, siti.id).version == siti.version


def test_an_edit_made_elsewhere_meanwhile_is_not_overwritten(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id)
    shop.members.update(BUILTIN_OWNER, siti.id, {"name": "Siti dari Kasir 2"},
                        expected_version=siti.version)
    dialog.name_edit.setText("Siti dari Kasir 1")
    click(qtbot, dialog.save_button)
    assert "changed" in dialog.message.text()
    assert shop.members.get(BUILTIN_OWNER, siti.id).name == "Siti dari Kasir 2"


def test_void_a_purchase_with_a_reason(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id)
    dialog.history.selectRow(0)  # R-002, Rp 30.000
    click(qtbot, dialog.void_button)
    assert dialog.void_panel.isVisible()
    assert not dialog.void_confirm.isEnabled()  # no reason yet
    qtbot.keyClicks(dialog.void_reason, "Salah input")
    with qtbot.waitSignal(dialog.purchase_voided), qtbot.assertNotEmitted(dialog.saved):
        qtbot.keyClick(dialog.void_reason, Qt.Key.Key_Return)  # Enter voids, it does not save
    voided = [p for p in shop.purchases.recent(BUILTIN_OWNER, siti.id) if p.voided]
    assert [(p.receipt, p.void_reason) for p in voided] == [("R-002", "Salah input")]
    assert dialog.visits_label.text() == "1"
    assert dialog.spend_label.text() == rupiah(120_000)
    assert history_cell(dialog, 0, 5) == "Voided: Salah input"
    assert dialog.history.item(0, 1).font().strikeOut()
    assert not dialog.void_panel.isVisible()
    dialog.history.selectRow(0)
    assert not dialog.void_button.isEnabled()  # already voided


def test_a_cashier_cannot_void_an_old_purchase(qtbot, shop, budi):
    make_purchase(shop, budi, amount=40_000, at=datetime.now() - timedelta(days=2))
    dialog = open_dialog(qtbot, shop, budi.id, CASHIER)
    dialog.history.selectRow(0)
    click(qtbot, dialog.void_button)
    dialog.void_reason.setText("Dobel")
    click(qtbot, dialog.void_confirm)
    assert "ani (cashier) may not" in dialog.message.text()
    assert not shop.purchases.recent(BUILTIN_OWNER, budi.id)[0].voided
    assert dialog.void_panel.isVisible()  # the reason stays for another try


def test_cancel_hides_the_void_reason(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id)
    dialog.history.selectRow(1)
    click(qtbot, dialog.void_button)
    dialog.void_reason.setText("oops")
    click(qtbot, dialog.void_cancel)
    assert not dialog.void_panel.isVisible()
    assert dialog.void_reason.text() == ""
    assert not any(p.voided for p in shop.purchases.recent(BUILTIN_OWNER, siti.id))


def test_a_bookkeeper_only_reads(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id, BOOKKEEPER)
    assert dialog.name_edit.isReadOnly()
    assert not dialog.status_combo.isEnabled()
    assert not dialog.save_button.isVisible()
    assert not dialog.void_button.isVisible()
    assert dialog.history.rowCount() == 2


def test_a_merged_member_is_shown_read_only(qtbot, shop, siti, budi):
    shop.members.merge(BUILTIN_OWNER, budi.id, siti.id)
    dialog = open_dialog(qtbot, shop, siti.id)
    assert dialog.status_combo.currentText() == "Merged into another member"
    assert dialog.name_edit.isReadOnly()
    assert not dialog.save_button.isVisible()


def test_an_unknown_member_shows_a_message(qtbot, shop):
    dialog = open_dialog(qtbot, shop, 9999)
    assert "9999" in dialog.message.text()
    assert not dialog.save_button.isEnabled()


def points_cells(dialog: MemberProfileDialog, row: int) -> tuple[str, ...]:
    table = dialog.points.table
    return tuple(table.item(row, column).text() for column in (1, 2, 3))


def test_points_tab_shows_the_ledger_newest_first(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id, CASHIER)
    dialog.tabs.setCurrentWidget(dialog.points)
    purchases = shop.purchases.recent(BUILTIN_OWNER, siti.id)
    assert [points_cells(dialog, row) for row in range(4)] == [
        ("Earned", "+3", f"Purchase no. {purchases[0].id}"),
        ("Referral bonus", "+25", ""),
        ("Earned", "+12", f"Purchase no. {purchases[1].id}"),
        ("Welcome bonus", "+10", ""),
    ]
    assert dialog.points.standing.text().startswith("50 points · Silver")
    assert not hasattr(dialog.points, "adjust_button")  # a cashier cannot adjust


def test_owner_adjusts_points_with_a_reason(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id)
    points = dialog.points
    points.adjust_points.setValue(-60)
    points.adjust_reason.setText("koreksi")
    click(qtbot, points.adjust_button)
    assert "more than the 50 points" in points.message.text()
    assert (points.adjust_points.value(), points.adjust_reason.text()) == (-60, "koreksi")
    points.adjust_points.setValue(5)
    points.adjust_reason.setText("kompensasi keluhan")
    qtbot.keyClick(points.adjust_reason, Qt.Key.Key_Return)
    assert points_cells(dialog, 0) == ("Adjusted by hand", "+5", "kompensasi keluhan")
    assert shop.loyalty.standing(BUILTIN_OWNER, siti.id).balance == 55
    assert points.standing.text().startswith("55 points")


def test_a_void_shows_up_in_the_points_tab(qtbot, shop, siti):
    dialog = open_dialog(qtbot, shop, siti.id)
    dialog.history.selectRow(1)  # R-001, Rp 120.000: earned 12 points
    click(qtbot, dialog.void_button)
    dialog.void_reason.setText("Salah input")
    click(qtbot, dialog.void_confirm)
    purchase_id = shop.purchases.recent(BUILTIN_OWNER, siti.id)[1].id
    assert points_cells(dialog, 0) == (
        "Taken back (purchase voided)", "-12", f"Purchase no. {purchase_id}")


def test_a_redemption_names_its_reward_and_purchase(qtbot, shop, siti):
    voucher = shop.loyalty.add_reward(BUILTIN_OWNER, "Voucher 5rb",
                                      RewardTerms(RewardKind.DISCOUNT_RP, 20, value=5_000))
    row = shop.purchases.record(BUILTIN_OWNER, PurchaseInput(member_id=siti.id, amount=50_000,
                                                             reward_id=voucher.id))
    dialog = open_dialog(qtbot, shop, siti.id)
    assert points_cells(dialog, 1) == ("Redeemed", "-20", f"Voucher 5rb · Purchase no. {row.id}")


# -- printing the member's card (issue #10) ----------------------------------------------------
def preview_of(dialog: MemberProfileDialog) -> PreviewStub:
    stub = PreviewStub()
    dialog.card_printing.show_preview = stub
    return stub


def test_print_card_previews_the_card_and_marks_it_printed_only_once_printed(qtbot, shop, siti):
    shop.settings.set(BUILTIN_OWNER, "shop_name", "Toko Makmur")
    dialog = open_dialog(qtbot, shop, siti.id, CASHIER)
    preview = preview_of(dialog)
    click(qtbot, dialog.print_card_button)
    assert preview.cards == [CardData(siti.id, siti.card, "Siti Aminah", "Silver", "Toko Makmur")]
    assert preview.logo is None
    assert siti.id in shop.cards.new_cards(CASHIER)  # a preview alone prints nothing
    preview.press_print()
    assert siti.id not in shop.cards.new_cards(CASHIER)
    assert dialog.message.text() == "Printed 1 card."


def test_the_preview_gets_the_shops_logo(qtbot, shop, siti):
    logo = QImage(60, 30, QImage.Format.Format_RGB32)
    logo.fill(QColor("#0b6e4f"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    logo.save(buffer, "PNG")
    shop.cards.set_logo(BUILTIN_OWNER, bytes(data))
    dialog = open_dialog(qtbot, shop, siti.id)
    preview = preview_of(dialog)
    click(qtbot, dialog.print_card_button)
    assert (preview.logo.width(), preview.logo.height()) == (60, 30)


def test_an_erased_or_merged_member_has_no_card_to_print(qtbot, shop, siti, budi):
    twin = make_member(shop, name="Siti A.")
    shop.members.merge(BUILTIN_OWNER, siti.id, twin.id)
    shop.privacy.erase(BUILTIN_OWNER, budi.id, "asked at the counter")
    for member_id in (twin.id, budi.id):
        dialog = open_dialog(qtbot, shop, member_id)
        assert not dialog.print_card_button.isEnabled()
    assert open_dialog(qtbot, shop, siti.id).print_card_button.isEnabled()


def test_a_bookkeeper_prints_no_cards(qtbot, shop, siti):
    assert not open_dialog(qtbot, shop, siti.id, BOOKKEEPER).print_card_button.isVisible()
    assert open_dialog(qtbot, shop, siti.id, CASHIER).print_card_button.isVisible()
