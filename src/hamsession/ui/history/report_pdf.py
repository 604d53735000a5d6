"""A clinician's PDF report: Qt's QTextDocument printed by QPdfWriter, charts included."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from hamsession.services.advice import AdviceService
from hamsession.services.charts import RANGES, chart_data
from hamsession.services.history import HistoryService
from hamsession.services.outputs import output_file
from hamsession.services.report import report_facts, report_html

CHART = "charts.png"


def write_report(
    path: Path, history: HistoryService, profile, advice: AdviceService, range_name: str = "All"
) -> None:
    """Render the report to ``path`` (written whole, then moved into place). Raises
    BadInput when the file cannot be written."""
    from hamsession.ui.history.history_view import HistoryView

    facts = report_facts(history, profile, advice, range_name)
    document = QTextDocument()
    resource = None
    if facts.sessions:
        view = HistoryView(lambda r, p: chart_data(history, profile, r, p), [])
        for i, name in enumerate(RANGES):  # by key: a button's text may be translated
            view.range_group.button(i).setChecked(name == range_name)
        view.resize(1000, 1100)
        view.refresh()
        QApplication.processEvents()  # let the view finish its drawing and release itself
        image = view.charts.grab().toImage()
        # Its signal connections keep it alive from C++; delete it now, not at exit.
        shiboken6.delete(view)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART), image)
        resource = CHART
    document.setHtml(report_html(facts, resource))
    with output_file(str(path)) as part:
        writer = QPdfWriter(part)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setResolution(150)
        title = QCoreApplication.translate("ReportPdf", "Hamsession report: {name}")
        writer.setTitle(title.format(name=profile.name))
        document.print_(writer)
        del writer  # flushes and closes the file
