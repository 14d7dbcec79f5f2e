"""Builds the demo rows table by table; see ``desktop_crm.services.demo`` for what and why."""

from __future__ import annotations

import datetime as dt
import gc
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from desktop_crm.domain.enums import (
    ActivityType,
    CareCategory,
    CarePriority,
    CareStatus,
    Channel,
    DealStatus,
    LifecycleStage,
    QuoteStatus,
    StageKind,
)
from desktop_crm.domain.money import currency_decimals
from desktop_crm.domain.quote_math import quote_line_amounts
from desktop_crm.domain.tax_code import tax_code_check_digit
from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError
from desktop_crm.services.demo.rng import FastRandom as _Random
from desktop_crm.services.demo.rng import Weighted as _Weighted
from desktop_crm.services.demo.vocabulary import (
    _ACTIVITY_TYPES,
    _BODIES,
    _CARE_SUBJECTS,
    _CONTACT_NOTES,
    _CSAT_COMMENTS,
    _DEAL_NOTES,
    _DEAL_TOPICS,
    _DELIVERY_TERMS,
    _DOMAIN_TAILS,
    _EN_BRANDS,
    _EN_FAMILY,
    _EN_FIELDS,
    _EN_GIVEN,
    _EN_SUFFIXES,
    _EN_TITLES,
    _FREE_MAIL,
    _INDUSTRIES,
    _LABELS,
    _MOBILE_PREFIXES,
    _OUTCOMES,
    _PAYMENT_TERMS,
    _PLACE_PICK,
    _PLACES,
    _PRODUCTS,
    _QUANTITY_RANGE,
    _SALES_REPS,
    _SCHEDULABLE,
    _SELLER,
    _SELLER_BANK,
    _SELLER_DOMAIN,
    _SHOWCASE_COMPANIES,
    _SHOWCASE_PEOPLE,
    _SLA_HOURS,
    _SOURCES,
    _STREETS,
    _SUBJECTS,
    _TAGS,
    _TITLES,
    _TLDS,
    _VI_BRAND_1,
    _VI_BRAND_2,
    _VI_COMPANY_TYPES,
    _VI_FAMILY,
    _VI_FIELDS,
    _VI_GIVEN_F,
    _VI_GIVEN_M,
    _VI_MIDDLE_F,
    _VI_MIDDLE_M,
)
from desktop_crm.store.bulk import BulkWriter
from desktop_crm.store.models import (
    Account,
    Activity,
    CareCase,
    CompanyProfile,
    Contact,
    ContactPoint,
    Deal,
    DealStageChange,
    LostReason,
    Product,
    Quote,
    QuoteLine,
    Stage,
    Tag,
    Tagging,
    TeamSetting,
    User,
)

DemoSize = Literal["small", "large"]
ProgressCallback = Callable[[str, int, int], None]
CancelCallback = Callable[[], bool]

# Phases reported to ``progress`` as (phase, done, total), in this order.
PHASES = ("reference", "accounts", "contacts", "deals", "care_cases", "activities", "indexes")


class DemoNotEmptyError(UserError):
    def __init__(self, contacts: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database already holds {contacts} contacts, so no demo data was added. "
                "Create the demo data in a new, empty database, or choose to add it to the "
                "existing data.",
            ),
            contacts=contacts,
        )


class DemoCancelledError(UserError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Creating the demo data was cancelled; nothing was added.")
        )


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per table, and how long the build took."""

    users: int
    tags: int
    products: int
    company_profile: int
    team_settings: int
    accounts: int
    contacts: int
    contact_points: int
    taggings: int
    deals: int
    deal_stage_changes: int
    quotes: int
    quote_lines: int
    care_cases: int
    activities: int
    seconds: float

    @property
    def rows(self) -> int:
        """All rows written."""
        return (
            self.users
            + self.tags
            + self.products
            + self.company_profile
            + self.team_settings
            + self.accounts
            + self.contacts
            + self.contact_points
            + self.taggings
            + self.deals
            + self.deal_stage_changes
            + self.quotes
            + self.quote_lines
            + self.care_cases
            + self.activities
        )


@dataclass(frozen=True)
class _Sizes:
    accounts: int
    contacts: int
    deals: int
    open_deals: int
    activities: int
    quotes: int
    care_cases: int


SIZES: dict[str, _Sizes] = {
    "small": _Sizes(
        accounts=40,
        contacts=200,
        deals=120,
        open_deals=45,
        activities=1_500,
        quotes=40,
        care_cases=30,
    ),
    "large": _Sizes(
        accounts=20_000,
        contacts=100_000,
        deals=50_000,
        open_deals=3_500,
        activities=500_000,
        quotes=10_000,
        care_cases=4_000,
    ),
}


# --- clock helpers: times are integer milliseconds since the epoch, UTC -----------------

_MS_DAY = 86_400_000
_MS_HOUR = 3_600_000
_MS_MIN = 60_000
# Vietnam keeps UTC+7 all year (no daylight saving), so office hours are plain arithmetic.
_TZ_MS = 7 * _MS_HOUR
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
_MASK62 = (1 << 62) - 1
_ONE_DAY = dt.timedelta(days=1)


def _ts(ms: int) -> dt.datetime:
    # exact: a float holds today's epoch seconds to well under a microsecond, and
    # fromtimestamp rounds to the nearest microsecond
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC)


def _local_date(ms: int) -> dt.date:
    return dt.date.fromordinal(_EPOCH_ORDINAL + (ms + _TZ_MS) // _MS_DAY)


def _local_ms(day: dt.date, minute: int) -> int:
    """UTC milliseconds of ``minute`` past local midnight of ``day``."""
    return (day.toordinal() - _EPOCH_ORDINAL) * _MS_DAY + minute * _MS_MIN - _TZ_MS


# --- the builder -------------------------------------------------------------------------


@dataclass
class _ProductRef:
    id: uuid.UUID
    name: str
    unit: str
    price: Decimal
    currency: str
    vat: Decimal


@dataclass
class _StageRef:
    id: uuid.UUID
    kind: str
    rotting_days: int | None


@dataclass
class _DealPlan:
    status: str
    account: int  # index into the accounts built, -1 for none
    contact: int  # index into the contacts built
    owner: int
    created: int
    # (stage, ms): an index into _Builder.open_stages, or -1 for won and -2 for lost
    moves: list[tuple[int, int]]
    closed: int | None
    currency: str
    quote_versions: int = 0
    quote_number: str = ""
    quote_times: list[int] = field(default_factory=list)


class _Builder:
    def __init__(
        self,
        writer: BulkWriter,
        rng: _Random,
        sizes: _Sizes,
        as_of: dt.date,
        language: str,
        progress: ProgressCallback | None,
        cancel: CancelCallback | None,
    ) -> None:
        self.w = writer
        self.rng = rng
        self.sizes = sizes
        self.as_of = as_of
        self.lang = 0 if language.startswith("vi") else 1
        self.language = "vi" if self.lang == 0 else "en"
        self._progress = progress
        self._cancel = cancel
        # "Now" of the demo world: 10:00 in Vietnam on ``as_of``.
        self.now = _local_ms(as_of, 10 * 60)
        self.start = self.now - 730 * _MS_DAY
        self.used_phones: set[str] = set()
        self.used_tax_codes: set[str] = set()
        self.used_emails: set[str] = set()
        self._folded: dict[str, str] = {}
        self.sources = _Weighted([(texts[self.lang], w) for texts, w in _SOURCES])
        # reference data
        self.users: list[uuid.UUID] = []
        self.owner_pick: _Weighted[int] = _Weighted([(0, 1)])
        self.tags: list[uuid.UUID] = []
        self.products: list[_ProductRef] = []
        self.lost_reasons: list[str] = []
        self.open_stages: list[_StageRef] = []
        self.won_stage: _StageRef | None = None
        self.lost_stage: _StageRef | None = None
        self.pipeline_id = uuid.UUID(int=0)
        self.device_hex = "0000"
        # accounts
        self.acc_id: list[uuid.UUID] = []
        self.acc_created: list[int] = []
        self.acc_owner: list[int] = []
        self.acc_stage: list[str] = []
        self.acc_short: list[str] = []
        self.acc_english: list[bool] = []
        self.acc_domain: list[str] = []
        self.acc_place: list[int] = []
        self.acc_contacts: list[list[int]] = []
        # contacts
        self.c_id: list[uuid.UUID] = []
        self.c_created: list[int] = []
        self.c_owner: list[int] = []
        self.c_account: list[int] = []
        self.c_name: list[str] = []
        self.c_stage: list[str] = []
        # deals
        self.deals: list[_DealPlan] = []
        self.deal_id: list[uuid.UUID] = []
        # care cases: (id, contact, account, opened, end, owner, activities)
        self.cases: list[tuple[uuid.UUID, int, int, int, int, int, int]] = []

    # -- helpers --

    def new_id(self, ms: int) -> uuid.UUID:
        """A UUIDv7 for a row created at ``ms``: time-ordered like ``store.ids.new_id``."""
        bits = self.rng.getrandbits(74)
        return uuid.UUID(
            int=(ms << 80) | (0x7 << 76) | ((bits >> 62) << 64) | (0b10 << 62) | (bits & _MASK62)
        )

    def folded(self, text: str) -> str:
        """``fold(text)``, remembered: names repeat a lot in a large build."""
        result = self._folded.get(text)
        if result is None:
            result = self._folded[text] = fold(text)
        return result

    def report(self, phase: str, done: int, total: int) -> None:
        """Between chunks: honour ``cancel``, tell ``progress``."""
        # The build keeps millions of objects alive; without this the cyclic garbage collector
        # traverses all of them again and again (about 15% of a large build). Frozen objects
        # are still freed by reference counting; build_demo unfreezes at the end.
        gc.freeze()
        if self._cancel is not None and self._cancel():
            raise DemoCancelledError()
        if self._progress is not None:
            self._progress(phase, done, total)

    def t(self, texts: tuple[str, str]) -> str:
        return texts[self.lang]

    def office_time(self, lo: int, hi: int) -> int:
        """A moment in [lo, hi], moved into office hours (not on Sunday) when that fits."""
        rng = self.rng
        moment = rng.randint(lo, hi) if hi > lo else lo
        local_day = (moment + _TZ_MS) // _MS_DAY
        if (local_day + 3) % 7 == 6:  # 1970-01-01 was a Thursday; 6 = Sunday
            local_day -= 1
        candidate = (
            local_day * _MS_DAY
            + rng.randint(480, 1050) * _MS_MIN
            + rng.randrange(60) * 1000
            - _TZ_MS
        )
        return candidate if lo <= candidate <= hi else moment

    def mobile(self) -> str:
        rng = self.rng
        while True:
            number = f"+84{rng.choice(_MOBILE_PREFIXES)}{rng.randrange(10_000_000):07d}"
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number

    def landline(self, place: int) -> str:
        area = _PLACES[place][2]
        rng = self.rng
        rest = 9 - len(area)  # a subscriber number: first digit 3-7, then ``rest`` digits
        while True:
            number = f"+84{area}{rng.randint(3, 7)}{rng.randrange(10**rest):0{rest}d}"
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number

    def email(self, local: str, domain: str) -> str:
        address = f"{local}@{domain}"
        number = 2
        while address in self.used_emails:
            address = f"{local}{number}@{domain}"
            number += 1
        self.used_emails.add(address)
        return address

    def address(self) -> tuple[int, str, str, str, str]:
        rng = self.rng
        place = _PLACE_PICK.pick(rng)
        province, _, _, _, districts = _PLACES[place]
        district, wards = rng.choice(districts)
        number = str(rng.randint(1, 450))
        if rng.random() < 0.25:
            number += f"/{rng.randint(2, 40)}"
        return place, f"{number} {rng.choice(_STREETS)}", rng.choice(wards), district, province

    def tax_code(self, place: int) -> str:
        rng = self.rng
        while True:
            nine = f"{_PLACES[place][3]}{rng.randrange(10_000_000):07d}"
            check = tax_code_check_digit(nine)
            # Two companies never share a tax code (the duplicate finder would rightly merge them).
            if check is not None and f"{nine}{check}" not in self.used_tax_codes:
                self.used_tax_codes.add(f"{nine}{check}")
                return f"{nine}{check}"

    def person_name(self, english: bool) -> tuple[str, str, str | None, str]:
        """(full name, family name, middle name, given name)."""
        rng = self.rng
        if english:
            given, family = rng.choice(_EN_GIVEN), rng.choice(_EN_FAMILY)
            return f"{given} {family}", family, None, given
        family = _VI_FAMILY.pick(rng)
        female = rng.random() < 0.5
        middle = rng.choice(_VI_MIDDLE_F if female else _VI_MIDDLE_M)
        given = rng.choice(_VI_GIVEN_F if female else _VI_GIVEN_M)
        while given == middle.split()[-1] or given == family:
            given = rng.choice(_VI_GIVEN_F if female else _VI_GIVEN_M)
        return f"{family} {middle} {given}", family, middle, given

    def point(
        self,
        ms: int,
        kind: str,
        value: str,
        label: str,
        primary: bool,
        contact: uuid.UUID | None,
        account: uuid.UUID | None,
    ) -> dict[str, Any]:
        moment = _ts(ms)
        return {
            "id": self.new_id(ms),
            "created_at": moment,
            "updated_at": moment,
            "deleted_at": None,
            "kind": kind,
            "value": value,
            "label": label,
            "is_primary": primary,
            "contact_id": contact,
            "account_id": account,
        }

    def tagging(
        self,
        ms: int,
        tag: uuid.UUID,
        contact: uuid.UUID | None = None,
        account: uuid.UUID | None = None,
        deal: uuid.UUID | None = None,
    ) -> dict[str, Any]:
        moment = _ts(ms)
        return {
            "id": self.new_id(ms),
            "created_at": moment,
            "updated_at": moment,
            "deleted_at": None,
            "tag_id": tag,
            "contact_id": contact,
            "account_id": account,
            "deal_id": deal,
        }

    # -- reference data --

    def build_reference(self) -> None:
        w, lang = self.w, self.lang
        origin = self.now - 3 * 365 * _MS_DAY
        self.report("reference", 0, 1)
        users = w.fetch(User, ["id"], {"is_active": True}, ["created_at"])
        if users:
            self.users = [row[0] for row in users]
            self.owner_pick = _Weighted([(i, 1) for i in range(len(self.users))])
        else:
            rows: list[dict[str, Any]] = []
            for index, (name, role, _) in enumerate(_SALES_REPS):
                ms = origin + index * 17 * _MS_DAY
                family, *_, given = name.split()
                rows.append(
                    {
                        "id": self.new_id(ms),
                        "created_at": _ts(ms),
                        "updated_at": _ts(ms),
                        "deleted_at": None,
                        "name": name,
                        "email": f"{self.folded(given)}.{self.folded(family)}@{_SELLER_DOMAIN}",
                        "phone": self.mobile(),
                        "role": role,
                        "is_active": True,
                    }
                )
            w.insert(User, rows)
            self.users = [row["id"] for row in rows]
            self.owner_pick = _Weighted([(i, rep[2]) for i, rep in enumerate(_SALES_REPS)])

        existing_tags = dict(w.fetch(Tag, ["name", "id"]))
        row: dict[str, Any]
        rows = []
        for index, (names, color) in enumerate(_TAGS):
            name = names[lang]
            if name in existing_tags:
                self.tags.append(existing_tags[name])
                continue
            ms = origin + index * _MS_HOUR
            row = {
                "id": self.new_id(ms),
                "created_at": _ts(ms),
                "updated_at": _ts(ms),
                "deleted_at": None,
                "name": name,
                "color": color,
            }
            rows.append(row)
            self.tags.append(row["id"])
        w.insert(Tag, rows)

        columns = ["id", "name", "unit", "unit_price", "currency", "vat_rate"]
        products = w.fetch(Product, columns, {"is_active": True}, ["sku"])
        if not products:
            rows = []
            for index, (sku, names, unit, minor, currency, vat) in enumerate(_PRODUCTS):
                ms = origin + 2 * _MS_DAY + index * _MS_HOUR
                price = Decimal(minor).scaleb(-currency_decimals(currency))
                rows.append(
                    {
                        "id": self.new_id(ms),
                        "created_at": _ts(ms),
                        "updated_at": _ts(ms),
                        "deleted_at": None,
                        "sku": sku,
                        "name": names[lang],
                        "description": None,
                        "unit": unit,
                        "unit_price": price,
                        "currency": currency,
                        "vat_rate": Decimal(vat),
                        "is_active": True,
                    }
                )
            w.insert(Product, rows)
            products = [tuple(row[c] for c in columns) for row in rows]
        self.products = [_ProductRef(*row) for row in products]

        self.lost_reasons = [
            row[0] for row in w.fetch(LostReason, ["name"], {"is_active": True}, ["position"])
        ]
        if not self.lost_reasons:
            self.lost_reasons = ["Giá quá cao" if lang == 0 else "Price too high"]

        stages = w.fetch(
            Stage, ["id", "kind", "rotting_days"], {"pipeline_id": self.pipeline_id}, ["position"]
        )
        for stage_id, kind, rotting in stages:
            ref = _StageRef(stage_id, kind, rotting)
            if kind == StageKind.WON.value:
                self.won_stage = self.won_stage or ref
            elif kind == StageKind.LOST.value:
                self.lost_stage = self.lost_stage or ref
            else:
                self.open_stages.append(ref)
        if not self.open_stages or self.won_stage is None or self.lost_stage is None:
            raise ValueError("the default pipeline needs open, won and lost stages")

        # the random end of the device's UUIDv7 (its start is a timestamp, alike on every laptop)
        self.device_hex = w.device_id().hex[-4:]

        if not w.fetch(CompanyProfile, ["id"]):
            ms = origin - 30 * _MS_DAY
            w.insert(
                CompanyProfile,
                [
                    {
                        "id": self.new_id(ms),
                        "created_at": _ts(ms),
                        "updated_at": _ts(ms),
                        "deleted_at": None,
                        **_SELLER,
                        "tax_code": self.tax_code(0),
                        "bank_name": _SELLER_BANK[lang],
                    }
                ],
            )
        settings = {
            # the numbers below follow this pattern (plus the device part the service adds)
            "quotes.number_pattern": ("BG" if lang == 0 else "QT") + "-{year}-{seq:04}",
            "quotes.validity_days": 30,
            "care.sla_hours": _SLA_HOURS,
        }
        known = {row[0] for row in w.fetch(TeamSetting, ["key"])}
        rows = []
        for index, (key, value) in enumerate(settings.items()):
            if key in known:
                continue
            ms = origin - 30 * _MS_DAY + (index + 1) * _MS_MIN
            rows.append(
                {
                    "id": self.new_id(ms),
                    "created_at": _ts(ms),
                    "updated_at": _ts(ms),
                    "deleted_at": None,
                    "key": key,
                    "value_json": json.dumps(value, ensure_ascii=False),
                }
            )
        w.insert(TeamSetting, rows)
        self.report("reference", 1, 1)

    # -- accounts --

    def build_accounts(self, chunk: int = 5_000) -> None:
        rng, lang, n = self.rng, self.lang, self.sizes.accounts
        stage_pick = _Weighted(
            [
                (LifecycleStage.CUSTOMER.value, 40),
                (LifecycleStage.PROSPECT.value, 30),
                (LifecycleStage.LEAD.value, 20),
                (LifecycleStage.FORMER.value, 10),
            ]
        )
        first = self.now - 3 * 365 * _MS_DAY
        for start in range(0, n, chunk):
            self.report("accounts", start, n)
            rows: list[dict[str, Any]] = []
            points: list[dict[str, Any]] = []
            tags: list[dict[str, Any]] = []
            for index in range(start, min(n, start + chunk)):
                ms = self.office_time(first, self.now - 20 * _MS_DAY)
                if index < len(_SHOWCASE_COMPANIES):
                    name, short, industry, english = _SHOWCASE_COMPANIES[index]
                elif rng.random() < 0.18:
                    english = True
                    short = rng.choice(_EN_BRANDS)
                    word, industry = rng.choice(_EN_FIELDS)
                    short = f"{short} {word}"
                    name = f"{short} {rng.choice(_EN_SUFFIXES)}"
                else:
                    english = False
                    one = rng.choice(_VI_BRAND_1)
                    two = rng.choice(_VI_BRAND_2)
                    while two == one:
                        two = rng.choice(_VI_BRAND_2)
                    short = f"{one} {two}"
                    word, industry = rng.choice(_VI_FIELDS)
                    name = f"{_VI_COMPANY_TYPES.pick(rng)} {word} {short}"
                place, street, ward, district, province = self.address()
                slug = self.folded(short).replace(" ", "").replace("-", "")
                domain = f"{slug}{rng.choice(_DOMAIN_TAILS)}{rng.choice(_TLDS)}"
                tax = self.tax_code(place)
                owner = self.owner_pick.pick(rng)
                account_id = self.new_id(ms)
                found = [self.folded(name), tax, domain]
                phone = self.landline(place)
                points.append(
                    self.point(
                        ms, "phone", phone, self.t(_LABELS["switchboard"]), True, None, account_id
                    )
                )
                found += [phone, "0" + phone[3:]]
                if rng.random() < 0.5:
                    hotline = self.mobile()
                    points.append(
                        self.point(
                            ms,
                            "phone",
                            hotline,
                            self.t(_LABELS["hotline"]),
                            False,
                            None,
                            account_id,
                        )
                    )
                    found += [hotline, "0" + hotline[3:]]
                if rng.random() < 0.8:
                    local = rng.choice(("info", "sales", "contact", "lienhe", "kinhdoanh"))
                    address = self.email(local, domain)
                    points.append(
                        self.point(
                            ms, "email", address, self.t(_LABELS["work"]), True, None, account_id
                        )
                    )
                    found.append(address)
                moment = _ts(ms)
                rows.append(
                    {
                        "id": account_id,
                        "created_at": moment,
                        "updated_at": moment,
                        "deleted_at": None,
                        "name": name,
                        # the parts after the name are ASCII words: lower() folds them
                        "search_text": " ".join(found).lower(),
                        "tax_code": tax,
                        "industry": _INDUSTRIES[industry][lang],
                        "website": f"https://{domain}" if rng.random() < 0.7 else None,
                        "notes": None,
                        "owner_id": self.users[owner],
                        "street": street,
                        "ward": ward,
                        "district": district,
                        "province": province,
                        "country": "VN",
                    }
                )
                roll = rng.random()
                if roll < 0.4:
                    for tag in rng.sample(self.tags, 1 if roll < 0.3 else 2):
                        tags.append(self.tagging(ms, tag, account=account_id))
                self.acc_id.append(account_id)
                self.acc_created.append(ms)
                self.acc_owner.append(owner)
                self.acc_stage.append(stage_pick.pick(rng))
                self.acc_short.append(short)
                self.acc_english.append(english)
                self.acc_domain.append(domain)
                self.acc_place.append(place)
                self.acc_contacts.append([])
            self.w.insert(Account, rows)
            self.w.insert(ContactPoint, points)
            self.w.insert(Tagging, tags)
        self.report("accounts", n, n)

    # -- contacts --

    def build_contacts(self, chunk: int = 5_000) -> None:
        rng, lang, n = self.rng, self.lang, self.sizes.contacts
        n_acc = len(self.acc_id)
        n_b2b = min(n, max(n_acc, round(n * 0.6)))
        # Every account gets one contact, then the rest spread unevenly (big customers have more).
        homes = list(range(n_acc)) + [
            int(n_acc * rng.random() ** 1.6) for _ in range(n_b2b - n_acc)
        ]
        homes += [-1] * (n - len(homes))
        rng.shuffle(homes)
        stage_pick = _Weighted(
            [
                (LifecycleStage.LEAD.value, 35),
                (LifecycleStage.PROSPECT.value, 25),
                (LifecycleStage.CUSTOMER.value, 33),
                (LifecycleStage.FORMER.value, 7),
            ]
        )
        channel_pick = _Weighted(
            [
                (Channel.PHONE.value, 30),
                (Channel.ZALO.value, 30),
                (Channel.EMAIL.value, 20),
                (Channel.FACEBOOK.value, 8),
                (Channel.SMS.value, 5),
                (Channel.VISIT.value, 7),
            ]
        )
        oldest = self.now - 3 * 365 * _MS_DAY
        today = self.as_of
        for start in range(0, n, chunk):
            self.report("contacts", start, n)
            rows: list[dict[str, Any]] = []
            points: list[dict[str, Any]] = []
            tags: list[dict[str, Any]] = []
            for index in range(start, min(n, start + chunk)):
                home = homes[index]
                if home >= 0:
                    base = self.acc_created[home]
                    ms = self.office_time(
                        base + int((self.now - base) * rng.random() ** 2), self.now - _MS_DAY
                    )
                    owner = self.acc_owner[home]
                    english = rng.random() < (0.6 if self.acc_english[home] else 0.06)
                    stage = self.acc_stage[home]  # a company's people share its stage
                else:
                    ms = self.office_time(oldest, self.now - _MS_DAY)
                    owner = self.owner_pick.pick(rng)
                    english = rng.random() < 0.08
                    stage = stage_pick.pick(rng)
                if index < len(_SHOWCASE_PEOPLE):
                    family, middle, given = _SHOWCASE_PEOPLE[index]
                    full: str = f"{family} {middle} {given}"
                    middle_name: str | None = middle
                else:
                    full, family, middle_name, given = self.person_name(english)
                contact_id = self.new_id(ms)
                found = [self.folded(full)]
                phone = self.mobile()
                points.append(
                    self.point(
                        ms, "phone", phone, self.t(_LABELS["mobile"]), True, contact_id, None
                    )
                )
                found += [phone, "0" + phone[3:]]
                if rng.random() < 0.25:
                    other = self.mobile()
                    label = _LABELS["zalo"] if rng.random() < 0.5 else _LABELS["work"]
                    points.append(
                        self.point(ms, "phone", other, self.t(label), False, contact_id, None)
                    )
                    found += [other, "0" + other[3:]]
                if rng.random() < 0.75:
                    g = self.folded(given).replace(" ", "")
                    f = self.folded(family).replace(" ", "")
                    if home >= 0:
                        address = self.email(f"{g}.{f}", self.acc_domain[home])
                        label = _LABELS["work"]
                    else:
                        whole = self.folded(full).replace(" ", "")
                        local = whole if rng.random() < 0.5 else f"{g}.{f}{rng.randint(70, 99)}"
                        address = self.email(local, _FREE_MAIL.pick(rng))
                        label = _LABELS["personal"]
                    points.append(
                        self.point(ms, "email", address, self.t(label), True, contact_id, None)
                    )
                    found.append(address)
                if home >= 0:
                    title: str | None = (
                        rng.choice(_EN_TITLES)
                        if english and lang == 1
                        else self.t(rng.choice(_TITLES))
                    )
                    street = ward = district = province = None
                    self.acc_contacts[home].append(index)
                else:
                    title = None
                    if rng.random() < 0.7:
                        _, street, ward, district, province = self.address()
                    else:
                        street = ward = district = province = None
                birthday = None
                if rng.random() < 0.7:
                    year = today.year - rng.randint(22, 65)
                    birthday = dt.date.fromordinal(
                        dt.date(year, 1, 1).toordinal() + rng.randrange(365)
                    )
                consent = rng.random() < 0.55
                moment = _ts(ms)
                rows.append(
                    {
                        "id": contact_id,
                        "created_at": moment,
                        "updated_at": moment,
                        "deleted_at": None,
                        "full_name": full,
                        "family_name": family,
                        "middle_name": middle_name,
                        "given_name": given,
                        "search_text": " ".join(found).lower(),
                        "title": title,
                        "account_id": self.acc_id[home] if home >= 0 else None,
                        "preferred_channel": channel_pick.pick(rng),
                        "birthday": birthday,
                        "source": self.sources.pick(rng),
                        "marketing_consent": consent,
                        "consent_at": moment if consent else None,
                        "lifecycle_stage": stage,
                        "notes": self.t(rng.choice(_CONTACT_NOTES)) if rng.random() < 0.1 else None,
                        "owner_id": self.users[owner],
                        "street": street,
                        "ward": ward,
                        "district": district,
                        "province": province,
                        "country": "VN",
                    }
                )
                roll = rng.random()
                if roll < 0.33:
                    for tag in rng.sample(self.tags, 1 if roll < 0.25 else 2):
                        tags.append(self.tagging(ms, tag, contact=contact_id))
                self.c_id.append(contact_id)
                self.c_created.append(ms)
                self.c_owner.append(owner)
                self.c_account.append(home)
                self.c_name.append(full)
                self.c_stage.append(stage)
            self.w.insert(Contact, rows)
            self.w.insert(ContactPoint, points)
            self.w.insert(Tagging, tags)
        self.report("contacts", n, n)

    # -- deals, stage history and quotes --

    def _party(self, pools: dict[str, list[int]], group: str) -> tuple[int, int]:
        """(account index or -1, contact index) of a customer in ``group``."""
        rng = self.rng
        accounts, people = pools["acc_" + group], pools["b2c_" + group]
        if accounts and (not people or rng.random() < 0.7):
            account = rng.choice(accounts)
            members = self.acc_contacts[account]
            # the first contact of a company is its usual counterpart
            contact = members[0] if rng.random() < 0.6 else rng.choice(members)
            return account, contact
        return -1, rng.choice(people)

    def _pools(self) -> dict[str, list[int]]:
        groups = {
            "won": ("customer", "former"),
            "open": ("lead", "prospect", "customer"),
            "any": ("lead", "prospect", "customer", "former"),
        }
        pools: dict[str, list[int]] = {}
        for group, stages in groups.items():
            pools["acc_" + group] = [
                i for i, s in enumerate(self.acc_stage) if s in stages and self.acc_contacts[i]
            ]
            pools["b2c_" + group] = [
                i for i, s in enumerate(self.c_stage) if s in stages and self.c_account[i] < 0
            ]
            if not pools["acc_" + group] and not pools["b2c_" + group]:
                pools["b2c_" + group] = list(range(len(self.c_id)))
        return pools

    def plan_deals(self) -> None:
        rng, sizes = self.rng, self.sizes
        n_open_stages = len(self.open_stages)
        proposal = min(2, n_open_stages - 1)
        statuses = [DealStatus.OPEN.value] * sizes.open_deals + [
            DealStatus.WON.value if rng.random() < 0.42 else DealStatus.LOST.value
            for _ in range(sizes.deals - sizes.open_deals)
        ]
        rng.shuffle(statuses)
        pools = self._pools()
        open_weights = _Weighted(
            [(i, w) for i, w in enumerate((30, 28, 24, 18)[:n_open_stages])]
            if n_open_stages <= 4
            else [(i, 1) for i in range(n_open_stages)]
        )
        for status in statuses:
            group = {"won": "won", "open": "open"}.get(status, "any")
            account, contact = self._party(pools, group)
            party_created = max(
                self.c_created[contact], self.acc_created[account] if account >= 0 else 0
            )
            owner = self.acc_owner[account] if account >= 0 else self.c_owner[contact]
            if rng.random() < 0.1:
                owner = self.owner_pick.pick(rng)
            currency = "USD" if rng.random() < 0.08 else "VND"
            if status == DealStatus.OPEN.value:
                created = self.office_time(
                    max(party_created, self.now - 180 * _MS_DAY), self.now - _MS_HOUR
                )
                reached = open_weights.pick(rng)
                path = self._path(reached, proposal)
                rot = self.open_stages[reached].rotting_days or 14
                if rng.random() < 0.3:  # rotting: no move for longer than the stage allows
                    last = self.office_time(created, max(created, self.now - (rot + 1) * _MS_DAY))
                else:
                    last = self.office_time(
                        max(created, self.now - rot * _MS_DAY + _MS_HOUR), self.now - _MS_HOUR
                    )
                if len(path) == 1:
                    last = created
                times = self._times(created, last, len(path))
                moves = list(zip(path, times, strict=True))
                closed = None
            else:
                created = self.office_time(
                    max(party_created, self.start), max(party_created, self.now - 14 * _MS_DAY)
                )
                won = status == DealStatus.WON.value
                length = rng.randint(10, 120) if won else rng.randint(5, 150)
                closed = self.office_time(
                    created + _MS_HOUR, min(created + length * _MS_DAY, self.now - _MS_HOUR)
                )
                if closed <= created:
                    closed = created + _MS_MIN
                reached = n_open_stages - 1 if won else rng.randrange(n_open_stages)
                path = self._path(reached, proposal)
                final = -1 if won else -2  # markers for the won and lost stages
                times = self._times(created, closed, len(path) + 1)
                moves = list(zip([*path, final], times, strict=True))
            self.deals.append(
                _DealPlan(status, account, contact, owner, created, moves, closed, currency)
            )
        self._plan_quotes(proposal)

    def _path(self, reached: int, proposal: int) -> list[int]:
        """Open stages a deal went through up to ``reached``; small stages are sometimes skipped."""
        path = list(range(reached + 1))
        if reached > 1 and proposal != 1 and self.rng.random() < 0.15:
            path.remove(1)
        return path

    def _times(self, first: int, last: int, count: int) -> list[int]:
        if count == 1:
            return [first]
        inner = sorted(self.rng.randint(first, last) for _ in range(count - 2))
        return [first, *inner, last]

    def _plan_quotes(self, proposal: int) -> None:
        rng = self.rng
        eligible = [
            i
            for i, deal in enumerate(self.deals)
            if any(stage >= proposal or stage == -1 for stage, _ in deal.moves)
        ]
        wanted = self.sizes.quotes
        revisions = wanted // 12
        chosen_count = min(len(eligible), wanted - revisions)
        revisions = min(revisions, wanted - chosen_count, chosen_count)
        # every open deal past the proposal has its quote; closed deals share the rest
        chosen = [i for i in eligible if self.deals[i].closed is None][:chosen_count]
        closed = [i for i in eligible if self.deals[i].closed is not None]
        chosen += rng.sample(closed, chosen_count - len(chosen))
        revised = set(rng.sample(chosen, revisions))
        issued: list[tuple[int, int]] = []
        for index in chosen:
            deal = self.deals[index]
            at = next(ms for stage, ms in deal.moves if stage >= proposal or stage == -1)
            end = deal.closed if deal.closed is not None else self.now
            deal.quote_times = [self.office_time(at, min(end, at + 2 * _MS_DAY))]
            if index in revised:
                deal.quote_times.append(
                    self.office_time(
                        deal.quote_times[0] + _MS_HOUR, max(deal.quote_times[0] + _MS_HOUR, end)
                    )
                )
            deal.quote_versions = len(deal.quote_times)
            issued.append((deal.quote_times[0], index))
        prefix = "BG" if self.lang == 0 else "QT"
        per_year: dict[int, int] = {}
        for ms, index in sorted(issued):
            year = _local_date(ms).year
            per_year[year] = per_year.get(year, 0) + 1
            number = f"{prefix}-{year}-{per_year[year]:04d}-{self.device_hex}"
            self.deals[index].quote_number = number

    def build_deals(self, chunk: int = 2_500) -> None:
        rng = self.rng
        self.plan_deals()
        n = len(self.deals)
        assert self.won_stage is not None and self.lost_stage is not None
        stage_ids = [s.id for s in self.open_stages]
        won_id, lost_id = self.won_stage.id, self.lost_stage.id
        want_draft = want_expired = True  # until an open deal's quote shows each
        month_start = self.as_of.replace(day=1)
        month_days = ((month_start + dt.timedelta(days=32)).replace(day=1) - month_start).days
        for start in range(0, n, chunk):
            self.report("deals", start, n)
            deals: list[dict[str, Any]] = []
            changes: list[dict[str, Any]] = []
            quotes: list[dict[str, Any]] = []
            lines: list[dict[str, Any]] = []
            tags: list[dict[str, Any]] = []
            for index in range(start, min(n, start + chunk)):
                plan = self.deals[index]
                deal_id = self.new_id(plan.created)
                self.deal_id.append(deal_id)
                owner_id = self.users[plan.owner]
                previous: uuid.UUID | None = None
                for stage, ms in plan.moves:
                    to_id = won_id if stage == -1 else lost_id if stage == -2 else stage_ids[stage]
                    moment = _ts(ms)
                    changes.append(
                        {
                            "id": self.new_id(ms),
                            "created_at": moment,
                            "updated_at": moment,
                            "deleted_at": None,
                            "deal_id": deal_id,
                            "from_stage_id": previous,
                            "to_stage_id": to_id,
                            "changed_at": moment,
                            "changed_by_id": owner_id,
                        }
                    )
                    previous = to_id
                _, last_ms = plan.moves[-1]
                account_id = self.acc_id[plan.account] if plan.account >= 0 else None
                contact_id = self.c_id[plan.contact]
                party = (
                    self.acc_short[plan.account] if plan.account >= 0 else self.c_name[plan.contact]
                )
                topic = self.t(rng.choice(_DEAL_TOPICS)).format(year=_local_date(plan.created).year)
                amount: Decimal | None = None
                currency = plan.currency
                if plan.quote_versions:
                    english = plan.account >= 0 and self.acc_english[plan.account]
                    amount, currency = self._quotes(
                        plan,
                        deal_id,
                        account_id,
                        contact_id,
                        owner_id,
                        english,
                        quotes,
                        lines,
                        want_draft,
                        want_expired,
                    )
                    if plan.status == DealStatus.OPEN.value:
                        status = quotes[-1]["status"]
                        if status == QuoteStatus.DRAFT.value:
                            want_draft = False
                        elif status == QuoteStatus.EXPIRED.value:
                            want_expired = False
                if amount is None:
                    if currency == "USD":
                        amount = Decimal(rng.randint(20, 800) * 10_000).scaleb(-2)
                    else:
                        amount = Decimal(int(15 + 2500 * rng.random() ** 2.5) * 1_000_000)
                if plan.closed is not None:
                    expected: dt.date = _local_date(plan.closed) + dt.timedelta(
                        days=rng.randint(-20, 20)
                    )
                else:
                    roll = rng.random()
                    if roll < 0.35:  # this month
                        expected = month_start + dt.timedelta(days=rng.randrange(month_days))
                    elif roll < 0.55:  # overdue
                        expected = self.as_of - dt.timedelta(days=rng.randint(1, 45))
                    else:
                        expected = self.as_of + dt.timedelta(days=rng.randint(1, 90))
                probability = None
                if plan.closed is None and rng.random() < 0.15:
                    probability = Decimal(rng.choice((20, 30, 40, 60, 70, 80, 90)))
                end = plan.closed if plan.closed is not None else last_ms
                deals.append(
                    {
                        "id": deal_id,
                        "created_at": _ts(plan.created),
                        "updated_at": _ts(end),
                        "deleted_at": None,
                        "title": f"{topic} – {party}",
                        "account_id": account_id,
                        "contact_id": contact_id,
                        "pipeline_id": self.pipeline_id,
                        "stage_id": previous,
                        "owner_id": owner_id,
                        "amount": amount,
                        "currency": currency,
                        "probability": probability,
                        "expected_close_date": expected,
                        "status": plan.status,
                        "stage_entered_at": _ts(last_ms),
                        "closed_at": _ts(plan.closed) if plan.closed is not None else None,
                        "lost_reason": (
                            rng.choice(self.lost_reasons)
                            if plan.status == DealStatus.LOST.value
                            else None
                        ),
                        "source": self.sources.pick(rng),
                        "description": self.t(rng.choice(_DEAL_NOTES))
                        if rng.random() < 0.3
                        else None,
                    }
                )
                if rng.random() < 0.1:
                    tags.append(self.tagging(plan.created, rng.choice(self.tags), deal=deal_id))
            self.w.insert(Deal, deals)
            self.w.insert(DealStageChange, changes)
            self.w.insert(Quote, quotes)
            self.w.insert(QuoteLine, lines)
            self.w.insert(Tagging, tags)
        self.report("deals", n, n)

    def _quotes(
        self,
        plan: _DealPlan,
        deal_id: uuid.UUID,
        account_id: uuid.UUID | None,
        contact_id: uuid.UUID,
        owner_id: uuid.UUID,
        english: bool,
        quotes: list[dict[str, Any]],
        lines: list[dict[str, Any]],
        want_draft: bool,
        want_expired: bool,
    ) -> tuple[Decimal, str]:
        """Add the deal's quote (and its earlier version) to ``quotes`` and ``lines``.

        Returns the latest version's subtotal and its currency. ``want_draft`` and
        ``want_expired`` ask an open deal's quote to be a draft or expired, so that even a
        small demo shows every status.
        """
        rng = self.rng
        catalogue = (
            [p for p in self.products if p.currency == plan.currency]
            or [p for p in self.products if p.currency == "VND"]
            or self.products
        )
        currency = catalogue[0].currency
        picks = rng.sample(catalogue, min(len(catalogue), rng.randint(1, 6)))
        quantities = []
        for product in picks:
            low, high = _QUANTITY_RANGE.get(product.unit, (1, 20))
            quantities.append(Decimal(rng.randint(low, high)))
        base_discount = Decimal(rng.choice((0, 0, 0, 3, 5, 10)))
        previous_id: uuid.UUID | None = None
        subtotal = Decimal(0)
        language = "en" if english else self.language
        text = 0 if language == "vi" else 1
        for version, issued in enumerate(plan.quote_times, start=1):
            latest = version == plan.quote_versions
            issue_date = _local_date(issued)
            valid_until = issue_date + dt.timedelta(days=30)
            sent: int | None = issued + rng.randint(10, 240) * _MS_MIN
            decided: int | None = None
            if not latest:
                status = QuoteStatus.REJECTED.value
                decided = plan.quote_times[version]
            elif plan.status == DealStatus.WON.value:
                status, decided = QuoteStatus.ACCEPTED.value, plan.closed
            elif plan.status == DealStatus.LOST.value:
                if valid_until < _local_date(plan.closed or self.now) and rng.random() < 0.4:
                    status = QuoteStatus.EXPIRED.value
                else:
                    status, decided = QuoteStatus.REJECTED.value, plan.closed
            elif want_draft or (not want_expired and rng.random() < 0.25):
                status, sent = QuoteStatus.DRAFT.value, None
            elif valid_until < self.as_of or (
                want_expired and issue_date <= self.as_of - dt.timedelta(days=2)
            ):
                status = QuoteStatus.EXPIRED.value
                if valid_until >= self.as_of:
                    # so that even a small demo shows one: a short offer (copper prices move)
                    valid_until = min(issue_date + dt.timedelta(days=7), self.as_of - _ONE_DAY)
            else:
                status = QuoteStatus.SENT.value
            if sent is not None:
                sent = min(sent, self.now - _MS_MIN)
                if decided is not None and sent > decided:
                    sent = decided
            if decided is not None and decided < issued:
                decided = issued
            quote_id = self.new_id(issued)
            moment = _ts(issued)
            discount = base_discount + (5 if version > 1 else 0)
            net_sum = tax_sum = Decimal(0)
            for position, (product, quantity) in enumerate(zip(picks, quantities, strict=True)):
                net, tax = quote_line_amounts(
                    quantity, product.price, discount, product.vat, currency
                )
                net_sum += net
                tax_sum += tax
                lines.append(
                    {
                        "id": self.new_id(issued),
                        "created_at": moment,
                        "updated_at": moment,
                        "deleted_at": None,
                        "quote_id": quote_id,
                        "position": position,
                        "product_id": product.id,
                        "description": product.name,
                        "quantity": quantity,
                        "unit": product.unit,
                        "unit_price": product.price,
                        "discount_percent": discount,
                        "vat_rate": product.vat,
                    }
                )
            updated = max(x for x in (issued, sent, decided) if x is not None)
            quotes.append(
                {
                    "id": quote_id,
                    "created_at": moment,
                    "updated_at": _ts(updated),
                    "deleted_at": None,
                    "number": plan.quote_number,
                    "version": version,
                    "previous_version_id": previous_id,
                    "deal_id": deal_id,
                    "account_id": account_id,
                    "contact_id": contact_id,
                    "owner_id": owner_id,
                    "status": status,
                    "currency": currency,
                    "language": language,
                    "issue_date": issue_date,
                    "valid_until": valid_until,
                    "payment_terms": rng.choice(_PAYMENT_TERMS)[text],
                    "delivery_terms": rng.choice(_DELIVERY_TERMS)[text],
                    "notes": None,
                    "discount_percent": Decimal(0),
                    "subtotal": net_sum,
                    "tax_total": tax_sum,
                    "total": net_sum + tax_sum,
                    "sent_at": _ts(sent) if sent is not None else None,
                    "decided_at": _ts(decided) if decided is not None else None,
                }
            )
            previous_id = quote_id
            subtotal = net_sum
        return subtotal, currency

    # -- care cases --

    def build_care_cases(self, chunk: int = 2_000) -> None:
        rng, n = self.rng, self.sizes.care_cases
        won = [i for i, d in enumerate(self.deals) if d.status == DealStatus.WON.value]
        customers = [i for i, s in enumerate(self.c_stage) if s in ("customer", "former")]
        customers = customers or list(range(len(self.c_id)))
        category_pick = _Weighted(
            [
                (CareCategory.QUESTION.value, 35),
                (CareCategory.COMPLAINT.value, 15),
                (CareCategory.WARRANTY.value, 25),
                (CareCategory.REQUEST.value, 25),
            ]
        )
        channel_pick = _Weighted(
            [
                (Channel.PHONE.value, 40),
                (Channel.ZALO.value, 25),
                (Channel.EMAIL.value, 20),
                (Channel.FACEBOOK.value, 8),
                (Channel.VISIT.value, 7),
            ]
        )
        priority_pick = _Weighted(
            [
                (CarePriority.LOW.value, 15),
                (CarePriority.NORMAL.value, 55),
                (CarePriority.HIGH.value, 22),
                (CarePriority.URGENT.value, 8),
            ]
        )
        recent_pick = _Weighted(
            [
                (CareStatus.NEW.value, 25),
                (CareStatus.IN_PROGRESS.value, 30),
                (CareStatus.WAITING.value, 15),
                (CareStatus.RESOLVED.value, 20),
                (CareStatus.CLOSED.value, 10),
            ]
        )
        old_pick = _Weighted(
            [
                (CareStatus.CLOSED.value, 70),
                (CareStatus.RESOLVED.value, 27),
                (CareStatus.WAITING.value, 3),
            ]
        )
        score_pick = _Weighted([(5, 45), (4, 30), (3, 13), (2, 7), (1, 5)])
        for start in range(0, n, chunk):
            self.report("care_cases", start, n)
            rows: list[dict[str, Any]] = []
            for _ in range(start, min(n, start + chunk)):
                deal_index = -1
                if won and rng.random() < 0.6:
                    deal_index = rng.choice(won)
                    plan = self.deals[deal_index]
                    contact, account = plan.contact, plan.account
                    lo = plan.closed or plan.created
                    owner = plan.owner
                else:
                    contact = rng.choice(customers)
                    account = self.c_account[contact]
                    lo = max(self.c_created[contact], self.start)
                    owner = self.c_owner[contact]
                opened = self.office_time(lo, self.now - 10 * _MS_MIN)
                category = category_pick.pick(rng)
                priority = priority_pick.pick(rng)
                recent = self.now - opened < 14 * _MS_DAY
                status = recent_pick.pick(rng) if recent else old_pick.pick(rng)
                due = opened + _SLA_HOURS[priority] * _MS_HOUR
                first_response = resolved = closed = None
                if status != CareStatus.NEW.value:
                    first_response = min(opened + rng.randint(5, 600) * _MS_MIN, self.now - _MS_MIN)
                if status in (CareStatus.RESOLVED.value, CareStatus.CLOSED.value):
                    # most cases meet their SLA, some do not
                    span = _SLA_HOURS[priority] * _MS_HOUR * (rng.random() * 1.6 + 0.05)
                    resolved = min(
                        max(first_response or opened, opened + int(span)), self.now - _MS_MIN
                    )
                if status == CareStatus.CLOSED.value and resolved is not None:
                    closed = min(resolved + rng.randint(1, 7) * _MS_DAY, self.now - _MS_MIN)
                score = comment = None
                if resolved is not None:
                    score = score_pick.pick(rng)
                    if rng.random() < 0.3:
                        comment = self.t(_CSAT_COMMENTS[score])
                end = max(x for x in (opened, first_response, resolved, closed) if x is not None)
                case_id = self.new_id(opened)
                rows.append(
                    {
                        "id": case_id,
                        "created_at": _ts(opened),
                        "updated_at": _ts(end),
                        "deleted_at": None,
                        "subject": self.t(rng.choice(_CARE_SUBJECTS[category])),
                        "description": self.t(rng.choice(_BODIES)) if rng.random() < 0.4 else None,
                        "category": category,
                        "channel": channel_pick.pick(rng),
                        "priority": priority,
                        "status": status,
                        "contact_id": self.c_id[contact],
                        "account_id": self.acc_id[account] if account >= 0 else None,
                        "deal_id": self.deal_id[deal_index] if deal_index >= 0 else None,
                        "owner_id": self.users[owner],
                        "opened_at": _ts(opened),
                        "due_at": _ts(due),
                        "first_response_at": _ts(first_response) if first_response else None,
                        "resolved_at": _ts(resolved) if resolved else None,
                        "closed_at": _ts(closed) if closed else None,
                        "csat_score": score,
                        "csat_comment": comment,
                    }
                )
                self.cases.append(
                    (case_id, contact, account, opened, end, owner, rng.randint(1, 3))
                )
            self.w.insert(CareCase, rows)
        self.report("care_cases", n, n)

    # -- activities --

    def build_activities(self, chunk: int = 20_000) -> None:
        rng, n, lang, now = self.rng, self.sizes.activities, self.lang, self.now
        rand = rng.random
        n_today = max(6, n // 2_000)
        n_overdue = max(10, n // 500)
        case_slots = [i for i, case in enumerate(self.cases) for _ in range(case[6])]
        case_slots = case_slots[: max(0, (n - n_today - n_overdue) // 10)]
        fixed = n_today + n_overdue + len(case_slots)
        n_deal = (n - fixed) // 2
        today = self.as_of
        open_deals = [i for i, d in enumerate(self.deals) if d.closed is None]
        open_deals = open_deals or list(range(len(self.deals)))
        deals, c_id, acc_id, users = self.deals, self.c_id, self.acc_id, self.users
        deal_ids, c_account, c_owner, c_created = (
            self.deal_id,
            self.c_account,
            self.c_owner,
            self.c_created,
        )
        n_deals, n_contacts = len(deals), len(c_id)
        subjects = {kind: [t[lang] for t in texts] for kind, texts in _SUBJECTS.items()}
        outcomes = [t[lang] for t in _OUTCOMES]
        bodies = [t[lang] for t in _BODIES]
        product_names = [p.name for p in self.products]
        channels = {
            "call": Channel.PHONE.value,
            "email": Channel.EMAIL.value,
            "visit": Channel.VISIT.value,
            "meeting": Channel.VISIT.value,
        }
        task, call = ActivityType.TASK.value, ActivityType.CALL.value
        happened = ("call", "meeting", "visit")
        for start in range(0, n, chunk):
            self.report("activities", start, n)
            rows: list[dict[str, Any]] = []
            for index in range(start, min(n, start + chunk)):
                case_id = None
                deal = -1
                if index < n_today + n_overdue:
                    # tasks that make the "due today" and "overdue" lists worth looking at
                    deal = rng.choice(open_deals)
                    plan = deals[deal]
                    contact, account, owner = plan.contact, plan.account, plan.owner
                    kind = task
                    if index < n_today:
                        due = _local_ms(today, rng.randint(480, 1050))
                    else:
                        due = self.office_time(now - 30 * _MS_DAY, now - 2 * _MS_HOUR)
                    due = max(due, plan.created + _MS_HOUR)
                    lo = plan.created
                    scheduled = True
                else:
                    if index < fixed:
                        case = self.cases[case_slots[index - n_today - n_overdue]]
                        case_id, contact, account, lo, hi, owner, _ = case
                        kind = rng.choice(("call", "email", "chat", "note"))
                        hi = max(lo, min(hi, now - _MS_MIN))
                    elif index < fixed + n_deal:
                        deal = int(rand() * n_deals)
                        plan = deals[deal]
                        contact, account, owner = plan.contact, plan.account, plan.owner
                        lo = plan.created
                        hi = plan.closed if plan.closed is not None else now + 21 * _MS_DAY
                        kind = _ACTIVITY_TYPES.pick(rng)
                    else:
                        contact = int(rand() * n_contacts)
                        account = c_account[contact]
                        owner = c_owner[contact]
                        lo = c_created[contact]
                        # follow-ups are planned on deals; a contact's own history is past
                        hi = now + 14 * _MS_DAY if rand() < 0.02 else now - _MS_MIN
                        kind = _ACTIVITY_TYPES.pick(rng)
                    if rand() < 0.08:
                        owner = self.owner_pick.pick(rng)
                    due = self.office_time(lo, hi)
                    scheduled = due > now
                    if scheduled and kind not in _SCHEDULABLE:
                        kind = task if rand() < 0.5 else call
                due_at: int | None = due
                done: int | None
                if scheduled:
                    # planned work: not done yet (a third of today's tasks are already done)
                    created = max(lo, min(now, due) - rng.randint(1, 10 * 24) * _MS_HOUR)
                    done = None
                    if index < n_today and due < now and rand() < 0.33:
                        done = min(due + rng.randint(0, 30) * _MS_MIN, now - _MS_MIN)
                elif kind == task:
                    created = max(lo, due - rng.randint(1, 10 * 24) * _MS_HOUR)
                    done = max(created, due - rng.randint(0, 36) * _MS_HOUR)
                elif kind in happened:  # a call, meeting or visit that took place
                    created = max(lo, due - rng.randint(0, 5 * 24) * _MS_HOUR)
                    done = min(due + rng.randint(0, 40) * _MS_MIN, now - _MS_MIN)
                else:  # an e-mail, chat message or note: done when written
                    created = done = due
                    due_at = None
                channel: str | None
                if kind == "chat":
                    roll = rand()
                    channel = "zalo" if roll < 0.7 else "facebook" if roll < 0.9 else "sms"
                else:
                    channel = channels.get(kind)
                subject = rng.choice(subjects[kind])
                if "{" in subject:
                    subject = subject.format(
                        product=rng.choice(product_names),
                        province=_PLACES[self.acc_place[account] if account >= 0 else 0][0],
                    )
                created_at = _ts(created)
                done_at = None if done is None else created_at if done == created else _ts(done)
                rows.append(
                    {
                        "id": self.new_id(created),
                        "created_at": created_at,
                        "updated_at": created_at if done_at is None else done_at,
                        "deleted_at": None,
                        "type": kind,
                        "channel": channel,
                        "subject": subject,
                        "body": rng.choice(bodies) if rand() < 0.15 else None,
                        "outcome": (
                            rng.choice(outcomes) if done is not None and kind in happened else None
                        ),
                        "due_at": None if due_at is None else _ts(due_at),
                        "done_at": done_at,
                        "contact_id": c_id[contact],
                        "account_id": acc_id[account] if account >= 0 else None,
                        "deal_id": deal_ids[deal] if deal >= 0 else None,
                        "care_case_id": case_id,
                        "owner_id": users[owner],
                    }
                )
            self.w.insert(Activity, rows)
        self.report("activities", n, n)
