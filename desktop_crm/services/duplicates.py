"""Finding duplicate contacts or accounts: groups of records that are probably one.

Evidence for a pair of records, each with a score from 0 to 100:

* the same phone number (compared in E.164 form, however it was written): 90; the same
  e-mail address (compared without case): 95. When two *people* share a number or an address
  but their names have nothing in common (a shared office line, info@...), the evidence drops
  to 70 and says so.
* the same tax code (accounts): 100.
* similar names, compared with diacritics folded ("Nguyễn Thị Ánh Dương" = "Nguyen Thi Anh
  Duong") by rapidfuzz's ``token_sort_ratio`` (word order does not count):
  - people only at the same company, and only when their given names agree (Vietnamese
    people are told apart by the given name: "Nguyễn Văn An" and "Nguyễn Văn Anh", or "Hùng"
    and "Hưng" written with their marks, are two people). The score is the name similarity.
  - companies by their names without legal forms ("Công ty TNHH", "JSC"...), never when both
    have tax codes that differ (two legal entities); 10 less when they are in different
    provinces.

Names are compared only inside blocks, never all pairs: people by (company, folded given
name), companies in a sorted neighbourhood of their folded names (two orders: as written and
word-sorted) and among equal names. Exact values are blocks of their own; a phone or an
address shared by more than ``MAX_SHARED`` records is a switchboard or a role address and
proves nothing. 100,000 contacts take a few seconds (``bench/find_duplicates.py``).

A pair counts when its best evidence reaches ``threshold``. Groups are the connected components
of the counted pairs; a group's score is its best pair's.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from desktop_crm.domain.contact_rules import FieldError, normalize_phone, split_full_name
from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError
from desktop_crm.store import merging
from desktop_crm.store.database import Database
from desktop_crm.store.uow import UnitOfWork

Kind = Literal["contact", "account"]
ProgressCallback = Callable[[str, int, int], None]
CancelCallback = Callable[[], bool]

# Phases reported to ``progress`` as (phase, done, total), in this order.
PHASES = ("loading", "exact", "names", "groups")
MAX_SHARED = 20
WINDOW = 6  # sorted-neighbourhood window for company names
_BIG_BLOCK = 30  # from this size a block's names are compared by cdist (C, all pairs at once)
_PROGRESS_EVERY = 2_000  # blocks between two looks at cancel/progress

SCORE_SAME_TAX_CODE = 100
SCORE_SAME_EMAIL = 95
SCORE_SAME_PHONE = 90
SCORE_SHARED_NOT_SAME_NAME = 70
PROVINCE_PENALTY = 10
NAMES_UNRELATED_BELOW = 50


class DuplicateSearchCancelledError(UserError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The search for duplicates was cancelled."))


@dataclass(frozen=True)
class Reason:
    """Why two records look like one: an English template (context "duplicates") and its
    parameters; ``text`` is the English sentence, the window translates ``template``."""

    template: str
    score: int
    params: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return self.template.format(**dict(self.params))


R_SAME_PHONE = QT_TRANSLATE_NOOP("duplicates", "same phone {value}")
R_SAME_EMAIL = QT_TRANSLATE_NOOP("duplicates", "same e-mail {value}")
R_SHARED_PHONE = QT_TRANSLATE_NOOP("duplicates", "same phone {value}, but different names")
R_SHARED_EMAIL = QT_TRANSLATE_NOOP("duplicates", "same e-mail {value}, but different names")
R_SAME_TAX_CODE = QT_TRANSLATE_NOOP("duplicates", "same tax code {value}")
R_NAME_SAME_COMPANY = QT_TRANSLATE_NOOP("duplicates", "similar name {score} at the same company")
R_NAME = QT_TRANSLATE_NOOP("duplicates", "similar name {score}")
R_NAME_OTHER_PROVINCE = QT_TRANSLATE_NOOP(
    "duplicates", "similar name {score}, in different provinces"
)


@dataclass(frozen=True)
class DuplicateMember:
    id: str
    name: str
    company: str | None = None
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    tax_code: str | None = None


@dataclass(frozen=True)
class DuplicateGroup:
    kind: str
    members: tuple[DuplicateMember, ...]
    score: int
    reasons: tuple[Reason, ...] = field(default_factory=tuple)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(m.id for m in self.members)


# Legal forms and filler words of company names (folded), left out when names are compared.
_LEGAL_WORDS = frozenset(
    [
        "cong",
        "ty",
        "tnhh",
        "co",
        "phan",
        "cp",
        "cty",
        "ctcp",
        "mtv",
        "mot",
        "thanh",
        "vien",
        "tm",
        "dv",
        "thuong",
        "mai",
        "dich",
        "vu",
        "jsc",
        "co",
        "ltd",
        "llc",
        "inc",
        "corp",
        "corporation",
        "company",
        "limited",
        "joint",
        "stock",
        "group",
        "tap",
        "doan",
    ]
)
_NON_WORD = re.compile(r"[^\w]+")
_E164 = re.compile(r"^\+\d{8,15}$")


def company_core(name: str) -> str:
    """A company's folded name without legal forms: 'Công ty TNHH Minh Phát' -> 'minh phat'."""
    words = _NON_WORD.sub(" ", fold(name)).split()
    core = [w for w in words if w not in _LEGAL_WORDS]
    return " ".join(core or words)


def _phone_key(value: str) -> str:
    if _E164.match(value):
        return value
    try:  # written before the program normalised phones (old imports): normalise now
        return normalize_phone(value)
    except FieldError:
        return re.sub(r"\D", "", value)


def _has_marks(text: str) -> bool:
    return fold(text) != " ".join(text.casefold().split())


class _Pairs:
    """Best evidence per pair of record indexes."""

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.best: dict[tuple[int, int], int] = {}
        self.reasons: dict[tuple[int, int], list[Reason]] = defaultdict(list)

    def add(self, a: int, b: int, reason: Reason) -> None:
        if a == b or reason.score < self.threshold:
            return
        key = (a, b) if a < b else (b, a)
        if reason.score > self.best.get(key, -1):
            self.best[key] = reason.score
        if reason not in self.reasons[key]:
            self.reasons[key].append(reason)


class _Search:
    def __init__(
        self,
        kind: Kind,
        threshold: int,
        progress: ProgressCallback | None,
        cancel: CancelCallback | None,
    ) -> None:
        self.kind = kind
        self.pairs = _Pairs(threshold)
        self._progress = progress
        self._cancel = cancel
        self._folds: dict[str, str] = {}

    def fold(self, text: str) -> str:
        """``fold``, remembered: names and given names repeat a lot."""
        result = self._folds.get(text)
        if result is None:
            result = self._folds[text] = fold(text)
        return result

    def report(self, phase: str, done: int, total: int) -> None:
        if self._cancel is not None and self._cancel():
            raise DuplicateSearchCancelledError()
        if self._progress is not None:
            self._progress(phase, done, total)

    def run(
        self, rows: list[merging.PersonRow], points: list[tuple[str, str, str]]
    ) -> list[DuplicateGroup]:
        index = {row.key: i for i, row in enumerate(rows)}
        self.rows = rows
        self.folded = [self.fold(row.name) for row in rows]
        phones: list[list[str]] = [[] for _ in rows]
        emails: list[list[str]] = [[] for _ in rows]
        blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
        for key, kind, value in points:
            i = index.get(key)
            if i is None:
                continue
            if kind == "phone":
                phones[i].append(value)
                blocks[("phone", _phone_key(value))].append(i)
            elif kind == "email":
                emails[i].append(value)
                blocks[("email", value.strip().casefold())].append(i)
        if self.kind == "account":
            for i, row in enumerate(rows):
                if row.tax_code and row.tax_code.strip():
                    blocks[("tax", re.sub(r"[\s.]", "", row.tax_code))].append(i)
        self.exact(blocks)
        if self.kind == "contact":
            self.contact_names()
        else:
            self.account_names()
        self.report("groups", 0, 1)
        groups = self.groups(phones, emails)
        self.report("groups", 1, 1)
        return groups

    # -- exact values
    def exact(self, blocks: dict[tuple[str, str], list[int]]) -> None:
        total = len(blocks)
        for done, ((what, value), members) in enumerate(blocks.items()):
            if done % _PROGRESS_EVERY == 0:
                self.report("exact", done, total)
            unique = sorted(set(members))
            if len(unique) < 2 or len(unique) > MAX_SHARED:
                continue
            for x, a in enumerate(unique):
                for b in unique[x + 1 :]:
                    self.pairs.add(a, b, self.exact_reason(what, value, a, b))
        self.report("exact", total, total)

    def exact_reason(self, what: str, value: str, a: int, b: int) -> Reason:
        if what == "tax":
            return Reason(R_SAME_TAX_CODE, SCORE_SAME_TAX_CODE, (("value", value),))
        same, shared = (
            (R_SAME_PHONE, R_SHARED_PHONE) if what == "phone" else (R_SAME_EMAIL, R_SHARED_EMAIL)
        )
        score = SCORE_SAME_PHONE if what == "phone" else SCORE_SAME_EMAIL
        if self.kind == "contact":
            similarity = fuzz.token_sort_ratio(self.folded[a], self.folded[b])
            if similarity < NAMES_UNRELATED_BELOW:
                return Reason(shared, SCORE_SHARED_NOT_SAME_NAME, (("value", value),))
        return Reason(same, score, (("value", value),))

    # -- names
    def contact_names(self) -> None:
        blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.given: list[str] = []
        for i, row in enumerate(self.rows):
            given = row.given_name or split_full_name(row.name)[2] or ""
            self.given.append(given)
            if row.account_key and given:
                blocks[(row.account_key, self.fold(given))].append(i)
        total = len(blocks)
        for done, members in enumerate(blocks.values()):
            if done % _PROGRESS_EVERY == 0:
                self.report("names", done, total)
            if len(members) > 1:
                self.compare(members, self.contact_pair)
        self.report("names", total, total)

    def contact_pair(self, a: int, b: int, similarity: float) -> Reason | None:
        ga, gb = self.given[a], self.given[b]
        # "Hùng" and "Hưng" fold alike; written with their marks they are two names.
        if _has_marks(ga) and _has_marks(gb) and ga.casefold() != gb.casefold():
            return None
        return Reason(R_NAME_SAME_COMPANY, round(similarity), (("score", str(round(similarity))),))

    def account_names(self) -> None:
        cores = [company_core(row.name) for row in self.rows]
        self.cores = cores
        equal: dict[str, list[int]] = defaultdict(list)
        for i, core in enumerate(cores):
            equal[core].append(i)
        candidates: set[tuple[int, int]] = set()
        for members in equal.values():
            if 1 < len(members) <= 200:
                candidates.update((a, b) for x, a in enumerate(members) for b in members[x + 1 :])
        for key in (cores, [" ".join(sorted(c.split())) for c in cores]):
            order = sorted(range(len(cores)), key=key.__getitem__)
            for x, a in enumerate(order):
                for b in order[x + 1 : x + WINDOW]:
                    candidates.add((a, b) if a < b else (b, a))
        total = len(candidates)
        for done, (a, b) in enumerate(sorted(candidates)):
            if done % (_PROGRESS_EVERY * 10) == 0:
                self.report("names", done, total)
            similarity = fuzz.token_sort_ratio(
                cores[a], cores[b], score_cutoff=self.pairs.threshold
            )
            reason = self.account_pair(a, b, similarity) if similarity else None
            if reason is not None:
                self.pairs.add(a, b, reason)
        self.report("names", total, total)

    def account_pair(self, a: int, b: int, similarity: float) -> Reason | None:
        ra, rb = self.rows[a], self.rows[b]
        if ra.tax_code and rb.tax_code and ra.tax_code.strip() != rb.tax_code.strip():
            return None  # two legal entities, however alike their names
        score = round(similarity)
        pa, pb = self.fold(ra.province or ""), self.fold(rb.province or "")
        if pa and pb and pa != pb:
            score = max(0, score - PROVINCE_PENALTY)
            return Reason(R_NAME_OTHER_PROVINCE, score, (("score", str(round(similarity))),))
        return Reason(R_NAME, score, (("score", str(score)),))

    def compare(
        self, members: list[int], judge: Callable[[int, int, float], Reason | None]
    ) -> None:
        threshold = self.pairs.threshold
        if len(members) < _BIG_BLOCK:
            for x, a in enumerate(members):
                for b in members[x + 1 :]:
                    similarity = fuzz.token_sort_ratio(
                        self.folded[a], self.folded[b], score_cutoff=threshold
                    )
                    if similarity:
                        reason = judge(a, b, similarity)
                        if reason is not None:
                            self.pairs.add(a, b, reason)
            return
        names = [self.folded[i] for i in members]
        matrix = cdist(names, names, scorer=fuzz.token_sort_ratio, score_cutoff=threshold)
        for x, a in enumerate(members):
            for y in range(x + 1, len(members)):
                if matrix[x][y]:
                    reason = judge(a, members[y], float(matrix[x][y]))
                    if reason is not None:
                        self.pairs.add(a, members[y], reason)

    # -- groups
    def groups(self, phones: list[list[str]], emails: list[list[str]]) -> list[DuplicateGroup]:
        parent = list(range(len(self.rows)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for a, b in self.pairs.best:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        members: dict[int, list[int]] = defaultdict(list)
        for a, b in self.pairs.best:
            members[root(a)].extend((a, b))
        scores: dict[int, int] = defaultdict(int)
        reasons: dict[int, list[Reason]] = defaultdict(list)
        for pair, score in self.pairs.best.items():
            r = root(pair[0])
            scores[r] = max(scores[r], score)
            for reason in self.pairs.reasons[pair]:
                if reason not in reasons[r]:
                    reasons[r].append(reason)
        result = []
        for r, indexes in members.items():
            ordered = sorted(set(indexes), key=lambda i: (self.folded[i], self.rows[i].key))
            result.append(
                DuplicateGroup(
                    kind=self.kind,
                    members=tuple(self.member(i, phones[i], emails[i]) for i in ordered),
                    score=scores[r],
                    reasons=tuple(sorted(reasons[r], key=lambda x: (-x.score, x.text))),
                )
            )
        result.sort(key=lambda g: (-g.score, -len(g.members), fold(g.members[0].name)))
        return result

    def member(self, i: int, phones: Iterable[str], emails: Iterable[str]) -> DuplicateMember:
        row = self.rows[i]
        return DuplicateMember(
            id=str(_uuid_from_hex(row.key)),
            name=row.name,
            company=row.company,
            phones=tuple(sorted(set(phones))),
            emails=tuple(sorted(set(emails))),
            tax_code=row.tax_code,
        )


def _uuid_from_hex(key: str) -> str:
    return str(uuid.UUID(hex=key))


def find_duplicate_groups(
    uow_or_db: UnitOfWork | Database,
    kind: Kind,
    threshold: int = 85,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
) -> list[DuplicateGroup]:
    """Groups of live ``kind`` records that are probably the same, best score first.

    Read-only. ``threshold`` (0-100) is the least pair score that counts. ``progress(phase,
    done, total)`` is called between blocks (phases in ``PHASES``); ``cancel()`` returning True
    there raises ``DuplicateSearchCancelledError``. Runs on the calling thread (a worker in the
    window); with a ``Database`` it opens its own unit of work.
    """
    if kind not in merging.KIND_TABLES:
        raise ValueError(f"unknown kind {kind!r}")
    search = _Search(kind, max(0, min(100, int(threshold))), progress, cancel)
    search.report("loading", 0, 1)
    if isinstance(uow_or_db, Database):
        with uow_or_db.uow() as uow:
            rows = merging.people_for_duplicates(uow.session, kind)
            points = merging.points_for_duplicates(uow.session, kind)
    else:
        rows = merging.people_for_duplicates(uow_or_db.session, kind)
        points = merging.points_for_duplicates(uow_or_db.session, kind)
    search.report("loading", 1, 1)
    return search.run(rows, points)
