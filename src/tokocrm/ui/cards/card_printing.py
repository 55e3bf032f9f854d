"""Printing members' cards from a page: a few through the print preview, many into a PDF
written in a Job. Either way the cards are marked printed once they are out, never on a mere
preview, and an erased or merged member's card is refused before anything is drawn."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from tokocrm.domain.errors import Cancelled, TokoError
from tokocrm.services.actor import Actor
from tokocrm.services.cards import CardData
from tokocrm.services.container import Services
from tokocrm.ui.cards.print_preview import MAX_PREVIEW_CARDS, open_print_preview
from tokocrm.ui.cards.sheets import logo_image, write_pdf
from tokocrm.ui.jobs import Job
from tokocrm.ui.messages import message_for
from tokocrm.ui.widgets.job_progress import JobProgress
from tokocrm.ui.widgets.save_dialog import ask_save_path


@dataclass(frozen=True)
class WrittenCards:
    path: Path
    cards: int
    sheets: int


class CardPrinting(QObject):
    """The card actions of one window (the profile, the members page); it reports back by
    signal, so the window shows the outcome its own way."""

    said = Signal(str)  # what happened, for the page's notice
    failed = Signal(str)  # why nothing was printed or written, in the user's language

    def __init__(self, services: Services, actor: Actor, parent: QWidget,
                 progress: JobProgress | None = None) -> None:
        # No reference to `parent` is kept here: a cycle through a window that Python owns
        # would let the garbage collector delete it at any moment, even while it paints.
        super().__init__(parent)
        self._services, self._actor = services, actor
        self._progress = progress  # the page's, shown while a PDF is written
        self.preview_dialog: QDialog | None = None
        self.save_dialog: QFileDialog | None = None
        self.pdf_job: Job | None = None
        self._pdf_ids: list[int] = []

    def new_cards(self) -> list[int]:
        """The members whose card was never printed; an empty list is explained."""
        try:
            ids = self._services.cards.new_cards(self._actor)
        except TokoError as error:
            self.failed.emit(message_for(error))
            return []
        if not ids:
            self.said.emit(self.tr("No new cards: every active member's card was printed."))
        return ids

    def print_cards(self, member_ids: Sequence[int]) -> None:
        """Preview and print these members' cards; too many for a preview go to a PDF."""
        if len(member_ids) > MAX_PREVIEW_CARDS:
            self.said.emit(self.tr("{count} cards are too many to preview at once: save them "
                                   "as a PDF and print that.").format(count=_n(member_ids)))
            self.ask_pdf(member_ids)
            return
        try:
            cards = self._services.cards.card_data(self._actor, member_ids)
            logo = logo_image(self._services.cards.logo(self._actor))
        except TokoError as error:
            self.failed.emit(message_for(error))
            return
        ids = [card.member_id for card in cards]
        self.preview_dialog = self.show_preview(cards, logo, lambda: self._printed(ids))

    def show_preview(self, cards: list[CardData], logo: QImage | None,
                     printed: Callable[[], object]) -> QDialog:
        """Qt's print preview; tests replace this, as no printer is there to accept it."""
        return open_print_preview(self._window(), cards, logo, printed)

    def ask_pdf(self, member_ids: Sequence[int]) -> None:
        self._pdf_ids = list(member_ids)
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        self.save_dialog = ask_save_path(
            self._window(), self.tr("Save the member cards as"),
            Path(folder) / self.tr("member-cards.pdf"), self.tr("PDF document (*.pdf)"), "pdf",
            self._on_pdf_path_chosen)

    def _on_pdf_path_chosen(self, path: Path) -> None:
        self.write_pdf(self._pdf_ids, path)

    def write_pdf(self, member_ids: Sequence[int], path: Path) -> Job:
        """Write the cards' sheets to `path` on a worker, then mark the cards printed."""
        ids, cards_service, actor = list(member_ids), self._services.cards, self._actor

        def work(job: Job) -> WrittenCards:
            cards = cards_service.card_data(actor, ids)
            logo = logo_image(cards_service.logo(actor))
            sheets = write_pdf(cards, path, logo, lambda done, total: _step(job, done, total))
            cards_service.mark_printed(actor, ids)
            return WrittenCards(path, len(cards), sheets)

        job = Job(work)
        if self._progress is not None:
            self._progress.follow(job, self.tr("Writing the cards…"))
        job.signals.finished.connect(self._on_written)
        job.signals.failed.connect(self._on_failed)
        self.pdf_job = job
        return job.start()

    def _printed(self, member_ids: list[int]) -> None:
        try:
            self._services.cards.mark_printed(self._actor, member_ids)
        except TokoError as error:
            self.failed.emit(message_for(error))
            return
        self.said.emit(self.tr("Printed 1 card.") if len(member_ids) == 1 else self.tr(
            "Printed {count} cards.").format(count=_n(member_ids)))

    def _on_written(self, written: WrittenCards) -> None:
        self.said.emit(self.tr("Saved {path} (cards: {cards}, A4 sheets: {sheets}).").format(
            path=str(written.path), cards=QLocale().toString(written.cards),
            sheets=QLocale().toString(written.sheets)))

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.said.emit(self.tr("Stopped; no file was written."))
        elif isinstance(error, TokoError):
            self.failed.emit(message_for(error))
        else:
            self.failed.emit(self.tr("The cards could not be written: {error}").format(
                error=error))

    def _window(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent


def _step(job: Job, done: int, total: int) -> None:
    job.report(done, total)
    if job.cancelled():
        raise Cancelled()


def _n(items: Sequence[object]) -> str:
    return QLocale().toString(len(items))
