"""Pure-Python core: programs, the timeline compiler, the session engine and the rules.

Nothing here imports Qt, SQLAlchemy or pyqtgraph (import-linter enforces it).
"""
