"""Clinic mode: the clinician's PIN gate, the client list, hand-over, the locked screen, the
idle lock and the clinic settings. Asks the shell for what it needs through signals. May
import ``programs`` (the editor) and ``widgets``.
"""
