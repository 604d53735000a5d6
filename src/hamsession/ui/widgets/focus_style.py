"""Where the keyboard is, visible from across a room."""

#: Buttons and fields show where the keyboard is with a 3 px ring, in a blue that has at
#: least 3:1 against the window in a light theme (#0072B2) and in a dark one (#8AB4F8).
_STYLE = """
QPushButton { border: 1px solid #8a939b; border-radius: 5px; padding: 5px 12px;
              background: palette(button); }
QPushButton:pressed { background: palette(mid); }
QPushButton:focus { border: 3px solid RING; padding: 3px 10px; }
QLineEdit:focus, QComboBox:focus, QListWidget:focus, QPlainTextEdit:focus,
QSpinBox:focus, QDoubleSpinBox:focus { border: 3px solid RING; }
QCheckBox:focus, QRadioButton:focus { background: rgba(0, 114, 178, 60); }
"""
RINGS = ("#0072B2", "#8AB4F8")


def focus_style(dark: bool) -> str:
    return _STYLE.replace("RING", RINGS[1] if dark else RINGS[0])
