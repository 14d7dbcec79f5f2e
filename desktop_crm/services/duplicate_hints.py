"""Possible duplicates of a contact being typed: same phone, same e-mail, or a similar name at
the same company. Indexed look-ups only (phones and e-mails by value, names among one
account's people), so it can run on every pause in typing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from rapidfuzz import fuzz

from desktop_crm.domain.contact_rules import FieldError, normalize_email, normalize_phone
from desktop_crm.domain.text import fold
from desktop_crm.services.contacts import ContactInput
from desktop_crm.store import customer_queries
from desktop_crm.store.uow import UnitOfWork

NAME_SCORE_MIN = 85.0  # rapidfuzz token-sort ratio of the folded names, 0..100


@dataclass(frozen=True)
class DuplicateHint:
    contact_id: str
    full_name: str
    account_name: str | None
    reason: str  # phone | email | name
    matched: str  # the phone (E.164), the e-mail or the existing name
    score: float  # 100 for a same phone or e-mail


def _valid(normalize: object, raw: str) -> str | None:
    try:
        return normalize(raw)  # type: ignore[operator, no-any-return]
    except FieldError:
        return None


def possible_duplicates(
    uow: UnitOfWork, draft: ContactInput, limit: int = 5, exclude_id: str | None = None
) -> list[DuplicateHint]:
    """Existing contacts that may be the person of ``draft``, best first, at most ``limit``.

    Half-typed phones and e-mails (not yet valid) are ignored rather than refused.
    """
    session = uow.session
    hints: dict[str, DuplicateHint] = {}

    def add(hint: DuplicateHint) -> None:
        if hint.contact_id == exclude_id:
            return
        known = hints.get(hint.contact_id)
        if known is None or known.score < hint.score:
            hints[hint.contact_id] = hint

    phones = {p for p in (_valid(normalize_phone, x.value) for x in draft.phones) if p}
    for cid, name, account, value in customer_queries.contacts_with_points(
        session, "phone", phones, limit * 2
    ):
        add(DuplicateHint(str(cid), name, account, "phone", value, 100.0))
    emails = {e for e in (_valid(normalize_email, x.value) for x in draft.emails) if e}
    for cid, name, account, value in customer_queries.contacts_with_points(
        session, "email", emails, limit * 2
    ):
        add(DuplicateHint(str(cid), name, account, "email", value, 99.0))
    folded = fold(draft.full_name)
    if draft.account_id and len(folded) >= 3:
        try:
            account_id = uuid.UUID(draft.account_id)
        except ValueError:
            account_id = None
        if account_id is not None:
            for cid, name, other in customer_queries.names_at_account(session, account_id):
                score = float(fuzz.token_sort_ratio(folded, other))
                if score >= NAME_SCORE_MIN:
                    add(DuplicateHint(str(cid), name, None, "name", name, score))
    ranked = sorted(hints.values(), key=lambda h: (-h.score, fold(h.full_name), h.contact_id))
    return ranked[:limit]
