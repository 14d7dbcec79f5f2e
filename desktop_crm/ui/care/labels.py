"""Names of the care enums in the window's language (context "care"), and "overdue by 3 h"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # by this name lupdate finds the texts


def category_name(category: str) -> str:
    names = {
        "question": translate("care", "Question"),
        "complaint": translate("care", "Complaint"),
        "warranty": translate("care", "Warranty"),
        "request": translate("care", "Request"),
    }
    return names.get(category, category)


def channel_name(channel: str | None) -> str:
    names = {
        "phone": translate("care", "Phone"),
        "email": translate("care", "E-mail"),
        "zalo": "Zalo",
        "facebook": "Facebook",
        "visit": translate("care", "Visit"),
    }
    return names.get(channel or "", channel or "")


def priority_name(priority: str) -> str:
    names = {
        "urgent": translate("care", "Urgent"),
        "high": translate("care", "High"),
        "normal": translate("care", "Normal"),
        "low": translate("care", "Low"),
    }
    return names.get(priority, priority)


def status_name(status: str) -> str:
    names = {
        "new": translate("care", "New"),
        "in_progress": translate("care", "In progress"),
        "waiting_on_customer": translate("care", "Waiting on customer"),
        "resolved": translate("care", "Resolved"),
        "closed": translate("care", "Closed"),
    }
    return names.get(status, status)


def direction_name(direction: str | None) -> str:
    names = {
        "in": translate("care", "From the customer"),
        "out": translate("care", "To the customer"),
    }
    return names.get(direction or "", "")


def overdue_text(late: dt.timedelta) -> str:
    """Say how late: "overdue by 3 h" under two days, else "overdue by 4 d"."""
    # (no floor division on the lines of the texts: lupdate reads "//" as a comment)
    seconds = int(late.total_seconds())
    hours, minutes = divmod(seconds, 3600)[0], max(1, divmod(seconds, 60)[0])
    days = divmod(hours, 24)[0]
    if hours < 1:
        return translate("care", "overdue by %n min", "", minutes)
    if hours >= 48:
        return translate("care", "overdue by %n d", "", days)
    return translate("care", "overdue by %n h", "", hours)
