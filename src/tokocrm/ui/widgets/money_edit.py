"""A Rupiah amount field: reads what `domain.money.parse_rupiah` reads (1250000, 1.250.000,
Rp1,250,000, 1,25 jt, 250rb) and, on Enter or leaving the field, shows it regrouped as the
user's language writes it (1.250.000 in Indonesian, 1,250,000 in English), or marks it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from tokocrm.domain.errors import InvalidField
from tokocrm.domain.money import parse_rupiah
from tokocrm.ui import formatting, theme
from tokocrm.ui.messages import message_for


class MoneyEdit(QLineEdit):
    """`amount()` is the whole Rupiah typed or None; `refusal()` says why it is None.

    Text that is no amount is marked (in the palette's warning tone, bold, with the reason as
    tooltip and the property `invalid`) once the cashier presses Enter or leaves the field, and
    unmarked as soon as the text changes."""

    def __init__(self, parent: QWidget | None = None, field: str = "amount") -> None:
        super().__init__(parent)
        self._field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(formatting.rupiah(0))
        self.setProperty("invalid", False)
        self.editingFinished.connect(self._on_editing_finished)
        self.textChanged.connect(lambda _text: self._mark(None))

    def amount(self) -> int | None:
        """The whole Rupiah typed, or None when the field is empty or holds no amount."""
        try:
            return parse_rupiah(self.text(), self._field)
        except InvalidField:
            return None

    def refusal(self) -> InvalidField | None:
        """Why `amount()` is None: `required` when empty, else `ambiguous_amount` or
        `not_rupiah` (show it with `ui.messages.message_for`); None when it is an amount."""
        if not self.text().strip():
            return InvalidField(field=self._field, value="", reason="required")
        try:
            parse_rupiah(self.text(), self._field)
        except InvalidField as refused:
            return refused
        return None

    def is_marked(self) -> bool:
        return bool(self.property("invalid"))

    def set_amount(self, amount: int | None) -> None:
        """Show an amount grouped as the user's language writes it; None empties the field."""
        self._mark(None)
        if amount is None:
            self.setText("")
            return
        grouped = QLocale().toString(int(amount))
        self.setText(grouped if self._reads_back(grouped, amount) else str(int(amount)))

    def _reads_back(self, text: str, amount: int) -> bool:
        """Whether the language's grouping parses back to the same amount (it does for id
        and en; a locale with other digits or lakh grouping falls back to plain digits)."""
        try:
            return parse_rupiah(text, self._field) == amount
        except InvalidField:
            return False

    def _on_editing_finished(self) -> None:
        if not self.text().strip():
            self._mark(None)
            return
        amount = self.amount()
        if amount is None:
            self._mark(self.refusal())
        elif self.text() != QLocale().toString(amount):
            self.set_amount(amount)

    def _mark(self, refusal: InvalidField | None) -> None:
        marked = refusal is not None
        if not marked and not self.is_marked():
            return  # typing in a clean field: nothing to undo, no restyling per keystroke
        self.setProperty("invalid", marked)
        theme.set_tone(self, theme.WARNING if marked else None, bold=marked)
        self.setToolTip(message_for(refusal) if refusal is not None else "")
