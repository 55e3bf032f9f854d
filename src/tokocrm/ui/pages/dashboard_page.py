"""The owner's dashboard: figures with their trend, and four charts. Computing takes seconds
on a big shop, so it runs on a worker with progress and Cancel; the last result stays on
screen meanwhile. A click on a segment in a chart opens its members. The main window calls
`refresh()` when the page is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tokocrm.domain.errors import Cancelled, TokoError
from tokocrm.domain.roles import Permission, allows
from tokocrm.domain.segments import Segment
from tokocrm.services.actor import Actor
from tokocrm.services.container import Services
from tokocrm.services.dashboard import Dashboard
from tokocrm.ui import charts, dashboard_store, formatting
from tokocrm.ui.dialogs.segment_members_dialog import SegmentMembersDialog
from tokocrm.ui.jobs import Job
from tokocrm.ui.messages import message_for
from tokocrm.ui.theme import WARNING, set_tone
from tokocrm.ui.widgets import dashboard_texts
from tokocrm.ui.widgets.branch_picker import branch_picker
from tokocrm.ui.widgets.chart_panel import ChartPanel
from tokocrm.ui.widgets.figure_card import Figure
from tokocrm.ui.widgets.job_progress import JobProgress
from tokocrm.ui.widgets.page_title import page_title
from tokocrm.ui.widgets.segment_texts import segment_names

FIGURE_COLUMNS = 5


class DashboardPage(QWidget):
    def __init__(self, services: Services, actor: Actor, store: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._actor, self._store = services, actor, store
        self.allowed = allows(actor.role, Permission.VIEW_REPORTS)
        self.dashboard: Dashboard | None = None
        self.job: Job | None = None
        self.members_dialog: SegmentMembersDialog | None = None
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.branch = self._branch_box()
        self.progress = JobProgress()
        self.figures = {i.key: (i, Figure(i.caption)) for i in dashboard_texts.indicators()}
        self.charts = {chart: ChartPanel(chart) for chart in charts.CHARTS}
        for panel in self.charts.values():
            panel.segment_clicked.connect(self.open_segment)
        self._lay_out()
        if not self.allowed:
            self.state.setText(self.tr("Only the owner and the bookkeeper see the dashboard."))
            self.refresh_button.setEnabled(False)

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(page_title(self.tr("Dashboard")))
        header.addWidget(self.state, 1)
        header.addWidget(self.branch)
        header.addWidget(self.progress)
        header.addWidget(self.refresh_button)
        figures = QGridLayout()
        for index, (_, card) in enumerate(self.figures.values()):
            figures.addWidget(card, *divmod(index, FIGURE_COLUMNS))
        chart_grid = QGridLayout()
        for index, panel in enumerate(self.charts.values()):
            chart_grid.addWidget(panel, *divmod(index, 2))
        content = QWidget()
        body = QVBoxLayout(content)
        body.addLayout(figures)
        body.addLayout(chart_grid)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)

    def _branch_box(self) -> QComboBox:
        """The whole shop, or one branch's sales and feedback; shown once branches exist."""
        branches = self._services.settings.branches(self._actor) if self.allowed else []
        box = branch_picker(branches)
        box.setVisible(bool(branches))
        box.currentIndexChanged.connect(lambda _index: self.refresh())
        return box

    def chosen_branch(self) -> str | None:
        return self.branch.currentData()

    # -- public ------------------------------------------------------------------------------
    def refresh(self) -> Job | None:
        """Compute the dashboard again on a worker, unless that is already under way. The
        first time, the last result kept on this PC is shown meanwhile: read then, not when
        the app starts, as most starts never open the dashboard."""
        if not self.allowed or self.job is not None:
            return None
        if self.dashboard is None and self._store is not None:
            kept = dashboard_store.load(self._store)
            if kept is not None:
                self._show(kept)
        services, actor, branch = self._services, self._actor, self.chosen_branch()
        job = Job(lambda job: self._compute(job, services, actor, branch))
        self.progress.follow(job, self.tr("Computing…"))
        job.signals.finished.connect(self._on_computed)
        job.signals.failed.connect(self._on_failed)
        self.refresh_button.setEnabled(False)
        self.state.setText(self.tr("Refreshing…") if self.dashboard else self.tr(
            "Computing the dashboard for the first time…"))
        self.job = job
        return job.start()

    def _compute(self, job: Job, services: Services, actor: Actor, branch: str | None
                 ) -> Dashboard:
        """On the worker: compute, and keep the whole shop's result on this PC for the next
        start."""
        dashboard = services.dashboard.compute(actor, progress=job.report, cancel=job.cancelled,
                                               branch=branch)
        if self._store is not None and branch is None:
            dashboard_store.save(self._store, dashboard)
        return dashboard

    def open_segment(self, segment: Segment) -> None:
        if self.dashboard is None:
            return
        ids = self.dashboard.segments.member_ids(segment)
        self.members_dialog = SegmentMembersDialog(
            self._services, self._actor, segment_names()[segment], ids, self)
        self.members_dialog.open()

    # -- slots -------------------------------------------------------------------------------
    def _on_computed(self, dashboard: Dashboard) -> None:
        self.job = None
        self.refresh_button.setEnabled(True)
        self._show(dashboard)
        if dashboard.branch != self.chosen_branch():  # another branch was picked meanwhile
            self.refresh()

    def _show(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.state.setText(self._state_text(dashboard))
        self._show_figures(dashboard)
        texts = dashboard_texts.chart_texts()
        for panel in self.charts.values():
            panel.show_dashboard(dashboard, texts)

    def _state_text(self, dashboard: Dashboard) -> str:
        day = formatting.day(dashboard.as_of)
        if dashboard.branch is None:
            return self.tr("As of {day}, the 30 days up to it against the 30 before. Click a "
                           "segment in a chart to see its members.").format(day=day)
        return self.tr("As of {day}, {branch}: its sales and feedback in the 30 days up to it "
                       "against the 30 before. Members, points, segments and charts are the "
                       "whole shop's.").format(day=day, branch=dashboard.branch)

    def _on_failed(self, error: BaseException) -> None:
        self.job = None
        self.refresh_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self.state.setText(self.tr("Stopped; showing the last result.") if self.dashboard
                               else self.tr("Stopped before anything was computed."))
        elif isinstance(error, TokoError):
            self.state.setText(message_for(error))
        else:
            self.state.setText(self.tr("The dashboard could not be computed: {error}").format(
                error=error))

    def _show_figures(self, dashboard: Dashboard) -> None:
        for indicator, card in self.figures.values():
            value = getattr(dashboard.now, indicator.key)
            card.show_value(dashboard_texts.value_text(indicator.kind, value))
            card.show_note(dashboard_texts.trend_text(indicator, dashboard.now,
                                                      dashboard.before))
            if dashboard_texts.is_worse(indicator, dashboard.now, dashboard.before):
                set_tone(card.note, WARNING)
