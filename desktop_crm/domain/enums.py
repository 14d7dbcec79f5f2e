"""Closed vocabularies of the domain. Stored as their string values (sync-friendly)."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    ZALO = "zalo"
    FACEBOOK = "facebook"
    SMS = "sms"
    VISIT = "visit"


class LifecycleStage(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    FORMER = "former"


class ActivityType(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    VISIT = "visit"
    EMAIL = "email"
    CHAT = "chat"
    NOTE = "note"
    TASK = "task"


class StageKind(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class DealStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class QuoteStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"


class CareCategory(StrEnum):
    QUESTION = "question"
    COMPLAINT = "complaint"
    WARRANTY = "warranty"
    REQUEST = "request"


class CarePriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class CareStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting_on_customer"
    RESOLVED = "resolved"
    CLOSED = "closed"


class ContactPointKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
