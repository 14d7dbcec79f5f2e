"""Translated names of columns, lifecycle stages, channels, activity and timeline kinds, and
how list values are shown (phones in national form, UTC times as local dates). GUI thread.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from babel.dates import format_date, format_datetime
from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.contact_rules import phone_display
from desktop_crm.ui.i18n import babel_locale, format_number

translate = QCoreApplication.translate  # by this name lupdate finds the texts


def column_title(column: str) -> str:
    titles = {
        "name": translate("contacts", "Name"),
        "given_name": translate("contacts", "Given name"),
        "account": translate("contacts", "Company"),
        "title": translate("contacts", "Job title"),
        "phone": translate("contacts", "Phone"),
        "email": translate("contacts", "E-mail"),
        "province": translate("contacts", "Province"),
        "stage": translate("contacts", "Stage"),
        "owner": translate("contacts", "Owner"),
        "tags": translate("contacts", "Tags"),
        "last_contact": translate("contacts", "Last contact"),
        "open_deals": translate("contacts", "Open deals"),
        "created": translate("contacts", "Created"),
        "tax_code": translate("contacts", "Tax code"),
        "industry": translate("contacts", "Industry"),
        "people": translate("contacts", "People"),
    }
    return titles.get(column, column)


def stage_label(stage: str) -> str:
    labels = {
        "lead": translate("contacts", "Lead"),
        "prospect": translate("contacts", "Prospect"),
        "customer": translate("contacts", "Customer"),
        "former": translate("contacts", "Former customer"),
    }
    return labels.get(stage, stage)


def channel_label(channel: str) -> str:
    labels = {
        "phone": translate("contacts", "Phone call"),
        "email": translate("contacts", "E-mail"),
        "zalo": "Zalo",
        "facebook": "Facebook",
        "sms": "SMS",
        "visit": translate("contacts", "Visit"),
    }
    return labels.get(channel, channel)


def activity_label(kind: str) -> str:
    labels = {
        "call": translate("contacts", "Call"),
        "meeting": translate("contacts", "Meeting"),
        "visit": translate("contacts", "Visit"),
        "email": translate("contacts", "E-mail"),
        "chat": translate("contacts", "Chat"),
        "note": translate("contacts", "Note"),
        "task": translate("contacts", "Task"),
        "deal_stage": translate("contacts", "Deal stage"),
        "quote_sent": translate("contacts", "Quote sent"),
        "quote_accepted": translate("contacts", "Quote accepted"),
        "quote_rejected": translate("contacts", "Quote rejected"),
        "care_opened": translate("contacts", "Care case opened"),
        "care_resolved": translate("contacts", "Care case resolved"),
        "created": translate("contacts", "Record created"),
    }
    return labels.get(kind, kind)


def category_label(category: str) -> str:
    labels = {
        "deal": translate("contacts", "Deal changes"),
        "quote": translate("contacts", "Quotes"),
        "care": translate("contacts", "Care cases"),
        "created": translate("contacts", "Record created"),
    }
    return labels.get(category) or activity_label(category)


def status_label(status: str) -> str:
    labels = {
        "open": translate("contacts", "Open"),
        "won": translate("contacts", "Won"),
        "lost": translate("contacts", "Lost"),
        "draft": translate("contacts", "Draft"),
        "sent": translate("contacts", "Sent"),
        "accepted": translate("contacts", "Accepted"),
        "rejected": translate("contacts", "Rejected"),
        "expired": translate("contacts", "Expired"),
        "new": translate("contacts", "New"),
        "in_progress": translate("contacts", "In progress"),
        "waiting_on_customer": translate("contacts", "Waiting on customer"),
        "resolved": translate("contacts", "Resolved"),
        "closed": translate("contacts", "Closed"),
    }
    return labels.get(status, status)


def short_date(day: dt.date | dt.datetime | None) -> str:
    """A date (a UTC time shown as the local day) in the language's short form."""
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = day.astimezone().date()
    return str(format_date(day, format="short", locale=babel_locale()))


def short_datetime(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return str(format_datetime(moment.astimezone(), format="short", locale=babel_locale()))


def show_phone(e164: str | None) -> str:
    return phone_display(e164) if e164 else ""


def cell_text(column: str, value: Any) -> str:
    """The text a list cell shows for ``value`` of ``column``."""
    if value is None:
        return ""
    if column == "phone":
        return show_phone(value)
    if column == "stage":
        return stage_label(value)
    if column in ("last_contact", "created"):
        return short_date(value)
    if column in ("open_deals", "people"):
        return format_number(value)
    if column == "tags":
        return ", ".join(value)
    return str(value)


def export_value(column: str, value: Any) -> Any:
    """The value an export writes: real times and numbers, readable phones and stages."""
    if value is None:
        return None
    if column in ("phone", "stage", "tags"):
        return cell_text(column, value)
    return value
