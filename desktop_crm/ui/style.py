"""The window's style sheet: spacing and emphasis only; colours work on light and dark themes."""

from __future__ import annotations

WINDOW_STYLE = """
#sidebar {
    border: none;
    border-right: 1px solid rgba(127, 127, 127, 0.35);
    padding-top: 10px;
    font-size: 14px;
    outline: 0;
    background: rgba(127, 127, 127, 0.07);
}
#sidebar::item { padding: 7px 10px; margin: 1px 8px; border-radius: 6px; }
#sidebar::item:selected { background: rgba(31, 111, 235, 0.18); color: palette(text); }
#sidebar::item:hover:!selected { background: rgba(127, 127, 127, 0.12); }
QLabel[role="title"] { font-size: 22px; font-weight: 600; }
QLabel[role="note"] { color: #6b7280; }
QLabel[role="figure"] { font-size: 24px; font-weight: 600; }
QLabel[role="money"] { font-size: 18px; }
QLabel[role="stage-open"], QLabel[role="stage-won"], QLabel[role="stage-lost"] {
    border-radius: 10px; padding: 3px 10px;
}
QLabel[role="stage-open"] { background: rgba(31, 111, 235, 0.14); }
QLabel[role="stage-won"] { background: rgba(45, 164, 78, 0.18); }
QLabel[role="stage-lost"] { background: rgba(207, 34, 46, 0.14); }
QLabel[role="error"] { color: #c62828; font-weight: 600; }
QLabel[role="logo"] { border: 1px dashed rgba(127, 127, 127, 0.6); border-radius: 4px; }
QLineEdit[invalid="true"] { border: 1px solid #c62828; }
QGroupBox { font-weight: 600; }
"""
