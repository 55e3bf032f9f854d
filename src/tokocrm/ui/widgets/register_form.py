"""The counter's short registration form: name and phone, the rest optional."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.members import Gender
from tokocrm.services.dto import MemberInput
from tokocrm.ui.formatting import from_qdate
from tokocrm.ui.theme import WARNING, set_tone


class RegisterForm(QWidget):
    submitted = Signal(object)  # MemberInput
    cancelled = Signal()
    open_existing = Signal(int)  # the member who already has the phone typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("0812-3456-7890")
        self.email = QLineEdit()
        self.has_birthday = QCheckBox(self.tr("Known"))
        self.birthday = QDateEdit(QDate(1990, 1, 1))
        self.birthday.setDisplayFormat("dd/MM/yyyy")
        self.birthday.setEnabled(False)
        self.has_birthday.toggled.connect(self.birthday.setEnabled)
        self.gender = QComboBox()
        for label, value in ((self.tr("—"), None), (self.tr("Female"), Gender.FEMALE),
                             (self.tr("Male"), Gender.MALE)):
            self.gender.addItem(label, value)
        self.referrer = QLineEdit()
        self.referrer.setPlaceholderText(self.tr("Card or phone of the member who sent them"))
        self.consent = QCheckBox(self.tr("Agrees to receive offers (WhatsApp)"))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        set_tone(self.error, WARNING)
        self.existing = QPushButton()
        self.existing.hide()
        self.existing.clicked.connect(lambda: self.open_existing.emit(self._existing_id))
        self._existing_id = 0
        self.save = QPushButton(self.tr("Register (Enter)"))
        self.save.clicked.connect(self._on_submit)
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.clicked.connect(self.cancelled)
        for field in (self.name, self.phone, self.email, self.referrer):
            field.returnPressed.connect(self._on_submit)
        self._lay_out(cancel)

    def _lay_out(self, cancel: QPushButton) -> None:
        title = QLabel(self.tr("New member"))
        title.setObjectName("panelTitle")
        birthday = QHBoxLayout()
        birthday.addWidget(self.has_birthday)
        birthday.addWidget(self.birthday, 1)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Mobile phone *"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Birthday"), birthday)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Referred by"), self.referrer)
        form.addRow("", self.consent)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.existing, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def start(self, name: str = "", phone: str = "") -> None:
        """Clear the form, pre-filled with what the cashier already typed in the search."""
        for field in (self.name, self.phone, self.email, self.referrer):
            field.clear()
        self.name.setText(name)
        self.phone.setText(phone)
        self.has_birthday.setChecked(False)
        self.gender.setCurrentIndex(0)
        self.consent.setChecked(False)
        self.error.clear()
        self.existing.hide()
        (self.phone if name and not phone else self.name).setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.existing.hide()

    def offer_member(self, text: str, member_id: int, name: str) -> None:
        """The phone is taken: say so and offer to open that member instead."""
        self.show_error(text)
        self._existing_id = member_id
        self.existing.setText(self.tr("Open {name} instead").format(name=name))
        self.existing.show()

    def keyPressEvent(self, event) -> None:  # Qt override: Esc cancels
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def _on_submit(self) -> None:
        if not self.phone.text().strip():
            # Members may have no phone (imported card-only customers), but at the counter the
            # phone is how the cashier finds them again without the card: ask for it.
            self.show_error(self.tr("Type the member's mobile phone."))
            self.phone.setFocus()
            return
        self.submitted.emit(MemberInput(
            name=self.name.text(), phone=self.phone.text(), email=self.email.text() or None,
            birthday=from_qdate(self.birthday.date()) if self.has_birthday.isChecked() else None,
            gender=self.gender.currentData(), marketing_consent=self.consent.isChecked(),
            referrer=self.referrer.text() or None))
