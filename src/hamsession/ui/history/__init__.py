"""The history: charts, a session's phases, the clinician's PDF report, export and import
dialogs, and the flow that opens them. May import ``widgets``.
"""
