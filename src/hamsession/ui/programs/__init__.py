"""Programs: the program list with each program's advice and stage, the program editor
(its layout in its own view module) and the own-exercise form. May import ``session``
(its time labels) and ``widgets``.
"""
