"""Feedback: the complaint inbox by due time with its filters, the selected case beside it, and
the satisfaction and handling figures over the chosen days. Cashiers handle the cases, the
bookkeeper sees the figures, the owner both. The main window calls `refresh()` when the page
is shown."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import TokoError
from tokocrm.domain.feedback import CaseStatus, Handling, Satisfaction
from tokocrm.domain.roles import Permission, allows
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.feedback_dto import CaseFilter, CaseRow, FeedbackFigures
from tokocrm.ui import formatting
from tokocrm.ui.dialogs.case_dialog import CasePanel, member_text
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import WARNING, set_tone
from tokocrm.ui.theme import color as theme_color
from tokocrm.ui.widgets.dashboard_texts import value_text
from tokocrm.ui.widgets.feedback_texts import stars, status_names
from tokocrm.ui.widgets.figure_card import Figure
from tokocrm.ui.widgets.page_title import page_title

DUE, STATUS, OVERDUE, MEMBER, RATING, CATEGORY, COMMENT, ASSIGNEE = range(8)
ACTIVE = "active"  # the status filter's default: open or in progress
DAYS_SHOWN = 90


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(formatting.to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate.currentDate().addYears(1))
    edit.setDisplayFormat("dd/MM/yyyy")  # as the rest of the app writes days
    return edit


def _number(value: float | None, decimals: int = 1) -> str:
    return "—" if value is None else QLocale().toString(value, "f", decimals)


class FeedbackPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor = services, actor
        self.can_handle = allows(actor.role, Permission.HANDLE_COMPLAINTS)
        self.can_see_figures = allows(actor.role, Permission.VIEW_REPORTS)
        self.cases: list[CaseRow] = []
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        set_tone(self.notice, WARNING)
        self.case_panel: CasePanel | None = None
        self.figures_box: QGroupBox | None = None
        body = QSplitter(Qt.Orientation.Vertical)
        if self.can_see_figures:
            body.addWidget(self._build_figures())
        if self.can_handle:
            body.addWidget(self._build_inbox())
            body.setStretchFactor(body.count() - 1, 1)
            body.setSizes([250, 450][-body.count():])  # the inbox gets the most room
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self.notice)
        layout.addWidget(body, 1)

    # -- building ----------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        """The title, and the days (of the feedback) both the inbox and the figures cover."""
        today = date.today()
        self.date_from = _date_edit(today - timedelta(days=DAYS_SHOWN))
        self.date_to = _date_edit(today)
        row = QHBoxLayout()
        row.addWidget(page_title(self.tr("Feedback")))
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Feedback from")))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.date_to)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.refresh)
        return row

    def _build_case_filters(self) -> QHBoxLayout:
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open or in progress"), ACTIVE)
        self.status_filter.addItem(self.tr("Any status"), None)
        for status, name in status_names().items():
            self.status_filter.addItem(name, status.value)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("Any category"), None)
        self.rating_filter = QComboBox()
        self.rating_filter.addItem(self.tr("Any rating"), None)
        for rating in range(1, 6):
            self.rating_filter.addItem(stars(rating), rating)
        for combo in (self.status_filter, self.category_filter, self.rating_filter):
            combo.currentIndexChanged.connect(self._load_cases)
        self.overdue_only.toggled.connect(self._load_cases)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Status")))
        row.addWidget(self.status_filter)
        row.addWidget(self.overdue_only)
        row.addWidget(QLabel(self.tr("Category")))
        row.addWidget(self.category_filter)
        row.addWidget(QLabel(self.tr("Rating")))
        row.addWidget(self.rating_filter)
        row.addStretch(1)
        return row

    def _build_inbox(self) -> QWidget:
        table = self.inbox = QTableWidget(0, 8)
        table.setHorizontalHeaderLabels([
            self.tr("Due"), self.tr("Status"), self.tr("Overdue"), self.tr("Member"),
            self.tr("Rating"), self.tr("Category"), self.tr("Comment"), self.tr("Assigned to")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        columns = table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for index, width in ((MEMBER, 140), (CATEGORY, 80)):
            columns.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            columns.resizeSection(index, width)
        columns.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        columns.setMinimumSectionSize(75)  # "Komentar" in full
        table.itemSelectionChanged.connect(self._on_selection_changed)
        self.case_panel = CasePanel(self._services, self._actor)
        self.case_panel.changed.connect(lambda _case_id: self.refresh())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.case_panel)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(table)
        split.addWidget(scroll)
        # The list's eight columns fit beside the case at 1366x768 (the common shop PC).
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([800, 360])
        inbox = QWidget()
        layout = QVBoxLayout(inbox)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_case_filters())
        layout.addWidget(split, 1)
        return inbox

    def _build_figures(self) -> QGroupBox:
        self.figures = {
            "average": Figure(self.tr("Average rating")), "nps": Figure(self.tr("NPS")),
            "csat": Figure(self.tr("CSAT (rated 4 or 5)")),
            "open": Figure(self.tr("Open cases")), "overdue": Figure(self.tr("Overdue cases")),
            "median": Figure(self.tr("Median hours to resolve")),
            "on_time": Figure(self.tr("Resolved on time"))}
        grid = QGridLayout()
        for column, card in enumerate(self.figures.values()):
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 1)
        table = self.category_table = QTableWidget(0, 7)
        table.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Feedback"), self.tr("Average rating"), self.tr("NPS"),
            self.tr("CSAT"), self.tr("Open"), self.tr("Overdue")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        box = self.figures_box = QGroupBox(self.tr("Satisfaction and complaint handling"))
        layout = QVBoxLayout(box)
        layout.addLayout(grid)
        layout.addWidget(table, 1)
        return box

    # -- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the categories, the inbox, the selected case and the figures."""
        self.notice.clear()
        try:
            if self.can_handle:
                self._load_categories()
                self._load_cases()
            if self.can_see_figures:
                self._show_figures(self._services.feedback.figures(
                    self._actor, *self._days()))
        except TokoError as error:
            self.notice.setText(message_for(error))

    def case_filter(self) -> CaseFilter:
        status, (first, last) = self.status_filter.currentData(), self._days()
        return CaseFilter(
            status=CaseStatus(status) if status not in (None, ACTIVE) else None,
            open_only=status == ACTIVE, overdue_only=self.overdue_only.isChecked(),
            category=self.category_filter.currentData(),
            rating=self.rating_filter.currentData(), date_from=first, date_to=last)

    def selected_case(self) -> CaseRow | None:
        rows = self.inbox.selectionModel().selectedRows()
        return self.cases[rows[0].row()] if rows else None

    def select_case(self, case_id: int) -> None:
        for row, case in enumerate(self.cases):
            if case.id == case_id:
                self.inbox.selectRow(row)
                return

    # -- slots -------------------------------------------------------------------------------
    def _on_selection_changed(self) -> None:
        case = self.selected_case()
        if case is not None and self.case_panel is not None:
            self.case_panel.load(case.id)

    # -- helpers -----------------------------------------------------------------------------
    def _days(self) -> tuple[date, date]:
        return (formatting.from_qdate(self.date_from.date()),
                formatting.from_qdate(self.date_to.date()))

    def _load_categories(self) -> None:
        combo, chosen = self.category_filter, self.category_filter.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for name in self._services.feedback.categories(self._actor, include_inactive=True):
            combo.addItem(name, name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        combo.blockSignals(False)

    def _load_cases(self) -> None:
        """The inbox as the filters say; the selected case stays selected and, in the panel,
        shown as it is now (even when the filters no longer list it)."""
        shown = self.case_panel.case_id() if self.case_panel else None
        try:
            self.cases = self._services.feedback.cases(self._actor, self.case_filter())
        except TokoError as error:
            self.cases = []
            self.notice.setText(message_for(error))
        self.inbox.blockSignals(True)
        self.inbox.clearSelection()
        self.inbox.setRowCount(len(self.cases))
        for row, case in enumerate(self.cases):
            self._fill_row(row, case)
        if shown is not None:
            self.select_case(shown)
        self.inbox.blockSignals(False)
        if self.case_panel is not None:
            self.case_panel.load(shown)

    def _fill_row(self, row: int, case: CaseRow) -> None:
        feedback = case.feedback
        comment = " ".join((feedback.comment or "").split())
        texts = {DUE: formatting.moment(case.due_at), STATUS: status_names()[case.status],
                 OVERDUE: self.tr("Overdue") if case.overdue else "",
                 MEMBER: member_text(feedback), RATING: stars(feedback.rating),
                 CATEGORY: feedback.category, COMMENT: comment, ASSIGNEE: case.assignee or ""}
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            if column == COMMENT:
                item.setToolTip(feedback.comment or "")
            if case.overdue:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(theme_color(WARNING)))
            self.inbox.setItem(row, column, item)

    def _show_figures(self, figures: FeedbackFigures) -> None:
        overall, handling = figures.overall, figures.handling
        self.figures["average"].show_value(_number(overall.average_rating))
        self.figures["average"].show_note(self.tr("{count} ratings").format(
            count=QLocale().toString(overall.count)))
        self.figures["nps"].show_value(_number(overall.nps, 0))
        self.figures["nps"].show_note(self.tr("{count} answers").format(
            count=QLocale().toString(overall.nps_answers)))
        self.figures["csat"].show_value(value_text("share", overall.csat))
        self.figures["open"].show_value(value_text("count", handling.open))
        self.figures["overdue"].show_value(value_text("count", handling.overdue), self.tr(
            "Past their due time") if handling.overdue else "")
        self.figures["median"].show_value(_number(handling.median_hours_to_resolve))
        self.figures["on_time"].show_value(value_text("share", handling.resolved_on_time))
        self.category_table.setRowCount(len(figures.by_category))
        for row, (name, measured) in enumerate(figures.by_category.items()):
            for column, text in enumerate(self._category_texts(name, *measured)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.category_table.setItem(row, column, item)

    @staticmethod
    def _category_texts(name: str, seen: Satisfaction, handled: Handling) -> list[str]:
        return [name, value_text("count", seen.count), _number(seen.average_rating),
                _number(seen.nps, 0), value_text("share", seen.csat),
                value_text("count", handled.open), value_text("count", handled.overdue)]
