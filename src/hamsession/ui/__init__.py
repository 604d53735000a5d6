"""PySide6 widgets and pyqtgraph charts. Talks to services, never to storage or SQL."""
