"""Settings → Cards (owner only): the shop's logo on every printed member card, and a sample
card showing how the logo and the shop's name come out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.cards import new_card_number
from tokocrm.domain.errors import TokoError
from tokocrm.services.actor import Actor
from tokocrm.services.cards import MAX_LOGO_KB, SHOP_NAME_KEY, CardData, check_logo
from tokocrm.services.container import Services
from tokocrm.ui.cards.sheets import card_image, logo_image
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import WARNING, set_tone

SAMPLE_DPI = 150
# The logo's place on a card is 20 x 9 mm: 600 x 300 pixels is sharper than any printer there.
LOGO_PIXELS = (600, 300)


class CardSettings(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        self.file_dialog: QFileDialog | None = None
        self.sample = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose logo…"))
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.remove_button = QPushButton(self.tr("Remove logo"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self._lay_out()
        self.show_sample()

    def _lay_out(self) -> None:
        hint = QLabel(self.tr("The shop's logo and name are printed on every member card. "
                              "Choose a PNG or JPEG picture; a large one is made smaller."))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("Member cards"))
        inner = QVBoxLayout(box)
        for widget in (hint, self.sample):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)

    def use_logo_file(self, path: Path) -> bool:
        """Store the picture at `path` as the shop's logo; says why when it cannot."""
        try:
            data = path.read_bytes()
        except OSError as error:
            self._say(self.tr("Cannot read {path}: {reason}").format(
                path=str(path), reason=error.strerror or error), error=True)
            return False
        return self._store(fit_logo(data), self.tr("The logo is saved."))

    def show_sample(self) -> None:
        try:
            logo = logo_image(self._services.cards.logo(self._actor))
            shop = self._services.settings.get(self._actor, SHOP_NAME_KEY, "") or ""
            tier = self._services.loyalty.rules(self._actor).tiers[0].name
        except TokoError as error:
            self._say(message_for(error), error=True)
            return
        sample = CardData(0, new_card_number("29", 1), self.tr("Siti Aminah"), tier, shop)
        self.sample.setPixmap(QPixmap.fromImage(card_image(sample, SAMPLE_DPI, logo)))
        self.remove_button.setEnabled(logo is not None)

    def _on_choose_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation) or str(Path.home())
        self.file_dialog = QFileDialog(self, self.tr("Choose the shop's logo"), folder,
                                       self.tr("Pictures (*.png *.jpg *.jpeg)"))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.fileSelected.connect(self._on_file_selected)
        self.file_dialog.open()

    def _on_file_selected(self, path: str) -> None:
        self.use_logo_file(Path(path))

    def _on_remove_clicked(self) -> None:
        self._store(None, self.tr("The logo is removed."))

    def _store(self, data: bytes | None, success: str) -> bool:
        try:
            self._services.cards.set_logo(self._actor, data)
        except TokoError as error:
            self._say(message_for(error), error=True)
            return False
        self._say(success)
        self.show_sample()
        return True

    def _say(self, text: str, error: bool = False) -> None:
        set_tone(self.message, WARNING if error else None)
        self.message.setText(text)


def fit_logo(data: bytes) -> bytes:
    """The picture as stored: as given when it is a PNG or JPEG file of a sensible size;
    otherwise, if Qt can read it, made smaller (and re-encoded) to fit the logo's place.
    What Qt cannot read is handed on as it is, for the service to refuse."""
    image = QImage.fromData(data)
    if image.isNull() or (_acceptable(data) and _fits(image)):
        return data
    if not _fits(image):
        image = image.scaled(*LOGO_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    encoded = _encoded(image, "PNG")  # keeps a transparent background
    return encoded if len(encoded) <= MAX_LOGO_KB * 1024 else _encoded(_on_white(image), "JPG")


def _acceptable(data: bytes) -> bool:
    try:
        check_logo(data)
    except TokoError:
        return False
    return True


def _fits(image: QImage) -> bool:
    return image.width() <= LOGO_PIXELS[0] and image.height() <= LOGO_PIXELS[1]


def _on_white(image: QImage) -> QImage:
    """A JPEG has no transparency: what was see-through becomes the card's white."""
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def _encoded(image: QImage, kind: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, kind)
    return bytes(data)
