"""The owner's segment thresholds editor (in Settings): one spin box per SegmentRules field,
each with its one-line explanation. Save hands the rules to the service; on a refusal the form
keeps what was typed and says what is wrong. The dashboard uses them from its next run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import InvalidField, TokoError
from tokocrm.domain.segments import SegmentRules
from tokocrm.services.actor import Actor
from tokocrm.services.segments import SegmentService
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import HINT, set_tone
from tokocrm.ui.widgets.save_bar import SaveBar
from tokocrm.ui.widgets.segment_texts import rule_explanations

# The domain's limits, so a spin box cannot go past them; lapse_days must also be at least
# new_days, which only Save can check (SegmentRules says so, naming the field).
LIMITS = {
    "new_days": (1, 3650), "loyal_purchases": (2, 1000), "at_risk_factor": (1, 20),
    "min_gap_days": (1, 365), "lapse_days": (1, 3650), "high_value_percent": (1, 100),
    "recurring_min_gaps": (2, 1000), "recurring_max_spread": (1, 200),
}
_HINT_SCALE = 0.9  # the explanation a little smaller than the label it explains


class SegmentRulesEditor(QWidget):

    def __init__(self, segments: SegmentService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments, self._actor = segments, actor
        box = self._build_rules()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self.load()

    # -- building ----------------------------------------------------------------------------
    def _build_rules(self) -> QGroupBox:
        days, percent = " " + self.tr("days"), self.tr("%")
        self._labels = {
            "new_days": (self.tr("New for"), days),
            "loyal_purchases": (self.tr("Loyal from"), " " + self.tr("purchases")),
            "at_risk_factor": (self.tr("At risk after"), self.tr("×")),  # noqa: RUF001 (times)
            "min_gap_days": (self.tr("Shortest usual gap"), days),
            "lapse_days": (self.tr("Former after"), days),
            "high_value_percent": (self.tr("High value: top"), percent),
            "recurring_min_gaps": (self.tr("Recurring from"), " " + self.tr("gaps")),
            "recurring_max_spread": (self.tr("Recurring gaps vary at most"), percent),
        }
        explanations = rule_explanations()
        box = QGroupBox(self.tr("Segment thresholds"))
        grid = QGridLayout(box)
        self.spin_boxes: dict[str, QAbstractSpinBox] = {}
        for row, (key, (label, suffix)) in enumerate(self._labels.items()):
            spin = self.spin_boxes[key] = _spin(key, suffix)
            hint = _hint(explanations[key])
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(hint, row, 2)
        grid.setColumnStretch(2, 1)
        return box

    def _build_buttons(self) -> None:
        self.bar = SaveBar(self.tr("Save thresholds"), self._on_save_clicked, self._on_undo_clicked)
        # The bar's parts, as tests and callers know them.
        self.save_button, self.undo_button = self.bar.save_button, self.bar.undo_button
        self.notice = self.bar.notice

    # -- public ------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the rules in force, dropping anything typed and not saved."""
        try:
            self.show_rules(self._segments.rules(self._actor))
        except TokoError as error:
            self.bar.say(message_for(error), error=True)

    def show_rules(self, rules: SegmentRules) -> None:
        for key, spin in self.spin_boxes.items():
            spin.setValue(getattr(rules, key))

    def typed_rules(self) -> SegmentRules:
        """The rules as the form shows them; raises InvalidField for an impossible mix."""
        return SegmentRules(**{key: spin.value() for key, spin in self.spin_boxes.items()})

    # -- slots -------------------------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        try:
            rules = self.typed_rules()
            self._segments.set_rules(self._actor, rules)
        except TokoError as error:
            self._refuse(error)
            return
        self.bar.say(self.tr("Saved: the new thresholds apply from the next time segments are "
                          "computed."))

    def _on_undo_clicked(self) -> None:
        self.load()
        self.bar.say(self.tr("Back to the rules in force."))

    # -- helpers -----------------------------------------------------------------------------
    def _refuse(self, error: TokoError) -> None:
        field = str(error.params.get("field")) if isinstance(error, InvalidField) else ""
        if field in self.spin_boxes:
            self.spin_boxes[field].setFocus()
        self.bar.say(message_for(error), error=True)



def _spin(key: str, suffix: str) -> QAbstractSpinBox:
    low, high = LIMITS[key]
    spin = QDoubleSpinBox() if key == "at_risk_factor" else QSpinBox()
    if isinstance(spin, QDoubleSpinBox):
        spin.setDecimals(2)
        spin.setSingleStep(0.25)
    else:
        spin.setGroupSeparatorShown(True)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def _hint(text: str) -> QLabel:
    hint = QLabel(text)
    set_tone(hint, HINT)
    hint.setWordWrap(True)  # a longer translation wraps instead of widening the page
    font = hint.font()
    font.setPointSizeF(font.pointSizeF() * _HINT_SCALE)
    hint.setFont(font)
    return hint
