"""The reference for start-up: a bare PySide6 window (a QWidget with a title and one
label), started the way the app is, so the table can say what Qt itself costs.

    python -m benchmarks.bare_window
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("Bare PySide6 window")
    QVBoxLayout(window).addWidget(QLabel("A bare PySide6 window"))
    window.resize(640, 400)
    window.show()
    code = app.exec()
    del window
    return code


if __name__ == "__main__":
    sys.exit(main())
