"""The questions around sessions: the safety screening and "Something feels wrong…", the
page before a session while a red flag is open, the symptom log, the next-morning
question, the safety messages, and the flow that orders them. May import ``widgets``.
"""
