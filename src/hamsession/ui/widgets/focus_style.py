"""Where the keyboard is, visible from across a room."""

#: Buttons and fields show where the keyboard is with a 3 px ring.
FOCUS_STYLE = """
QPushButton { border: 1px solid #8a939b; border-radius: 5px; padding: 5px 12px;
              background: palette(button); }
QPushButton:pressed { background: palette(mid); }
QPushButton:focus { border: 3px solid #0072B2; padding: 3px 10px; }
QLineEdit:focus, QComboBox:focus, QListWidget:focus, QPlainTextEdit:focus,
QSpinBox:focus, QDoubleSpinBox:focus { border: 3px solid #0072B2; }
QCheckBox:focus, QRadioButton:focus { background: rgba(0, 114, 178, 60); }
"""
