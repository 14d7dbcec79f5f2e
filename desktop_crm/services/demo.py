"""Demo data: a realistic, reproducible CRM data set for trying the program and for benchmarks.

``build_demo`` fills a database with sales reps, companies and people (Vietnamese with full
diacritics, family name first, and English), phones in E.164 form, deals that moved through
the default pipeline over the two years before ``as_of`` (won, lost and open ones, some of
them overdue or rotting), activities of every type, quotes with exact totals, care cases and
the seller's company profile.

The same ``(seed, as_of)`` gives the same rows, ids included: every random choice comes from
one ``random.Random`` seeded with ``seed`` (never the clock), and ids are UUIDv7 values built
from the row's creation time plus bits from that generator. Money is made from integers, as
Decimal; datetimes are aware UTC. Everything is written in one transaction through ``store.bulk``; a
cancelled or failed build leaves no demo rows behind (only the default pipeline, which every
database gets anyway, may remain).

Runs on a worker thread (``small`` takes well under a second, ``large`` about a minute on a
two-core laptop); ``progress`` and ``cancel`` are called on that same thread. While it runs the
cyclic garbage collector's objects are frozen (``gc.freeze``), process-wide; see
``_Builder.report``.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import random
import time
import uuid
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from itertools import accumulate
from typing import Any, Generic, Literal, TypeVar

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
from desktop_crm.domain.text import fold
from desktop_crm.errors import QT_TRANSLATE_NOOP, UserError
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.store import queries
from desktop_crm.store.bulk import BulkWriter
from desktop_crm.store.database import Database
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


T = TypeVar("T")


class _Random(random.Random):
    """``random.Random`` whose integer draws and choices cost one ``random()`` call each.

    The standard methods draw bits until they get an unbiased value, which is most of the
    generation time of a large build; a bias of 2**-53 does not matter for demo data.
    """

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None and step == 1:
            return int(self.random() * start)
        return super().randrange(start, stop, step)

    def choice(self, seq: Sequence[T]) -> T:  # type: ignore[override]
        return seq[int(self.random() * len(seq))]


class _Weighted(Generic[T]):
    """A weighted choice that costs one random number and a bisection."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, pairs: Sequence[tuple[T, int]]) -> None:
        self._items = [item for item, _ in pairs]
        self._cum = list(accumulate(weight for _, weight in pairs))
        self._total = self._cum[-1]

    def pick(self, rng: random.Random) -> T:
        return self._items[bisect(self._cum, rng.random() * self._total)]


# --- vocabulary --------------------------------------------------------------------------
# fmt: off

_VI_FAMILY = _Weighted(
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4),
        ("Phan", 4), ("Vũ", 4), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2),
        ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đinh", 1), ("Trịnh", 1), ("Đoàn", 1), ("Lâm", 1),
        ("Mai", 1), ("Cao", 1), ("Hà", 1), ("Tô", 1), ("Châu", 1), ("Lưu", 1), ("Tạ", 1),
        ("Quách", 1),
    ]
)
_VI_MIDDLE_M = (
    "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Hoàng", "Công", "Gia", "Đình", "Xuân",
    "Tuấn", "Ngọc", "Trọng", "Bá", "Nhật", "Quang", "Văn Minh", "Hoàng Gia",
)
_VI_MIDDLE_F = (
    "Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Kim", "Thị Ánh", "Thị Thu", "Bảo", "Phương", "Hồng",
    "Khánh", "Thị Minh", "Hoài", "Diệu", "Thùy", "Thảo", "Quỳnh", "Thị Ngọc",
)
_VI_GIVEN_M = (
    "Đức", "Phúc", "Hùng", "Dũng", "Minh", "Nam", "Tuấn", "Long", "Quân", "Hải", "Huy", "Khoa",
    "Bảo", "Trung", "Thắng", "Sơn", "Việt", "Cường", "Lộc", "Khải", "Hiếu", "Toàn", "Thịnh",
    "Đạt", "Vinh", "Khang", "Phong", "Nghĩa", "Tài", "Hòa", "Tùng", "Quang", "Thành", "Duy",
    "Kiên",
)
_VI_GIVEN_F = (
    "Dương", "Anh", "Linh", "Hương", "Lan", "Mai", "Ngọc", "Trang", "Hà", "Thảo", "Hằng", "Yến",
    "Vy", "Nhung", "Phương", "Quỳnh", "Trâm", "Hạnh", "Thủy", "Tâm", "Uyên", "Nhi", "Giang",
    "Diệp", "Loan", "Châu", "My", "Ngân", "Oanh", "Hiền", "Thư", "Huyền", "Nga", "Tuyết", "Xuân",
)
_EN_GIVEN = (
    "James", "Michael", "David", "Daniel", "Thomas", "Robert", "Peter", "Andrew", "Mark",
    "Richard", "William", "Benjamin", "Emily", "Sarah", "Olivia", "Sophie", "Hannah", "Laura",
    "Grace", "Chloe", "Emma", "Charlotte", "Lucy", "Rachel",
)
_EN_FAMILY = (
    "Smith", "Johnson", "Carter", "Walker", "Thompson", "Wilson", "Brown", "Taylor", "Anderson",
    "Clarke", "Evans", "Harris", "Lewis", "Martin", "Wright", "Hughes", "Park", "Tanaka", "Lim",
    "Tan",
)
# The first contacts of every build: names the test suite and the manual refer to.
_SHOWCASE_PEOPLE = (("Nguyễn", "Thị Ánh", "Dương"), ("Trần", "Văn", "Đức"), ("Lê", "Hoàng", "Phúc"))

_SALES_REPS = (
    ("Nguyễn Văn An", "manager", 10),
    ("Trần Thị Bích Ngọc", "sales", 22),
    ("Lê Minh Khang", "sales", 20),
    ("Phạm Thu Hà", "sales", 18),
    ("Hoàng Quốc Bảo", "sales", 16),
    ("Võ Thanh Tùng", "sales", 14),
)

# province, weight, phone area code, tax-code prefix, ((district, (wards...)), ...)
_PLACES: tuple[tuple[str, int, str, str, tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    ("TP. Hồ Chí Minh", 30, "28", "03", (
        ("Quận 1", ("Phường Bến Nghé", "Phường Bến Thành", "Phường Đa Kao")),
        ("Quận 3", ("Phường Võ Thị Sáu", "Phường 9", "Phường 12")),
        ("Quận 7", ("Phường Tân Phú", "Phường Tân Phong", "Phường Tân Quy")),
        ("Quận Bình Thạnh", ("Phường 25", "Phường 22", "Phường 15")),
        ("Quận Tân Bình", ("Phường 2", "Phường 4", "Phường 13")),
        ("TP. Thủ Đức", ("Phường Thảo Điền", "Phường An Phú", "Phường Linh Trung")),
    )),
    ("Hà Nội", 25, "24", "01", (
        ("Quận Ba Đình", ("Phường Điện Biên", "Phường Kim Mã", "Phường Ngọc Hà")),
        ("Quận Hoàn Kiếm", ("Phường Hàng Bạc", "Phường Tràng Tiền", "Phường Hàng Trống")),
        ("Quận Cầu Giấy", ("Phường Dịch Vọng", "Phường Nghĩa Đô", "Phường Mai Dịch")),
        ("Quận Đống Đa", ("Phường Láng Hạ", "Phường Ô Chợ Dừa", "Phường Văn Miếu")),
        ("Quận Hai Bà Trưng", ("Phường Bách Khoa", "Phường Lê Đại Hành")),
        ("Quận Long Biên", ("Phường Ngọc Lâm", "Phường Bồ Đề")),
    )),
    ("Đà Nẵng", 7, "236", "04", (
        ("Quận Hải Châu", ("Phường Thạch Thang", "Phường Hòa Cường Bắc")),
        ("Quận Sơn Trà", ("Phường An Hải Bắc", "Phường Phước Mỹ")),
        ("Quận Thanh Khê", ("Phường Thạc Gián", "Phường Chính Gián")),
        ("Quận Ngũ Hành Sơn", ("Phường Mỹ An", "Phường Khuê Mỹ")),
    )),
    ("Hải Phòng", 6, "225", "02", (
        ("Quận Hồng Bàng", ("Phường Minh Khai", "Phường Hoàng Văn Thụ")),
        ("Quận Lê Chân", ("Phường An Biên", "Phường Cát Dài")),
        ("Quận Ngô Quyền", ("Phường Máy Tơ", "Phường Lạch Tray")),
    )),
    ("Cần Thơ", 5, "292", "18", (
        ("Quận Ninh Kiều", ("Phường Tân An", "Phường An Hòa", "Phường Xuân Khánh")),
        ("Quận Cái Răng", ("Phường Lê Bình", "Phường Hưng Phú")),
        ("Quận Bình Thủy", ("Phường Bình Thủy", "Phường Trà An")),
    )),
    ("Bình Dương", 7, "274", "37", (
        ("TP. Thủ Dầu Một", ("Phường Phú Cường", "Phường Hiệp Thành")),
        ("TP. Dĩ An", ("Phường Dĩ An", "Phường Đông Hòa")),
        ("TP. Thuận An", ("Phường Lái Thiêu", "Phường An Phú")),
    )),
    ("Đồng Nai", 6, "251", "36", (
        ("TP. Biên Hòa", ("Phường Tân Phong", "Phường Long Bình", "Phường Trảng Dài")),
        ("Huyện Nhơn Trạch", ("Xã Hiệp Phước", "Xã Phú Hội")),
        ("Huyện Long Thành", ("Thị trấn Long Thành", "Xã An Phước")),
    )),
    ("Khánh Hòa", 4, "258", "42", (
        ("TP. Nha Trang", ("Phường Lộc Thọ", "Phường Vĩnh Hải", "Phường Phước Hải")),
        ("TP. Cam Ranh", ("Phường Cam Lợi", "Phường Cam Nghĩa")),
    )),
    ("Bắc Ninh", 4, "222", "23", (
        ("TP. Bắc Ninh", ("Phường Suối Hoa", "Phường Võ Cường")),
        ("TP. Từ Sơn", ("Phường Đông Ngàn", "Phường Đình Bảng")),
    )),
    ("Thừa Thiên Huế", 2, "234", "33", (
        ("TP. Huế", ("Phường Vĩnh Ninh", "Phường Phú Hội", "Phường Thuận Hòa")),
    )),
    ("Quảng Ninh", 2, "203", "57", (
        ("TP. Hạ Long", ("Phường Bãi Cháy", "Phường Hồng Gai")),
        ("TP. Cẩm Phả", ("Phường Cẩm Trung",)),
    )),
    ("Long An", 2, "272", "11", (
        ("TP. Tân An", ("Phường 1", "Phường 2")),
        ("Huyện Đức Hòa", ("Thị trấn Hậu Nghĩa", "Xã Đức Hòa Hạ")),
    )),
)
_PLACE_PICK = _Weighted([(index, place[1]) for index, place in enumerate(_PLACES)])
_STREETS = (
    "Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt", "Điện Biên Phủ",
    "Nguyễn Trãi", "Phan Chu Trinh", "Lê Duẩn", "Võ Văn Tần", "Cách Mạng Tháng Tám",
    "Hoàng Diệu", "Bạch Đằng", "Nguyễn Văn Linh", "Phạm Văn Đồng", "Trường Chinh",
    "Lạc Long Quân", "Quang Trung", "Nguyễn Thị Minh Khai", "Hùng Vương", "Lê Thánh Tông",
    "Tôn Đức Thắng", "Đinh Tiên Hoàng", "Xuân Thủy",
)
_MOBILE_PREFIXES = (
    "32", "33", "34", "35", "36", "37", "38", "39", "86", "96", "97", "98", "81", "82", "83",
    "84", "85", "88", "91", "94", "70", "76", "77", "78", "79", "90", "93", "56", "58",
)
_FREE_MAIL = _Weighted([("gmail.com", 70), ("yahoo.com", 10), ("outlook.com", 8),
                        ("hotmail.com", 6), ("icloud.com", 6)])

_VI_COMPANY_TYPES = _Weighted(
    [("Công ty TNHH", 45), ("Công ty Cổ phần", 35), ("Công ty TNHH MTV", 14),
     ("Doanh nghiệp tư nhân", 6)]
)
# Vietnamese field word -> industry key
_VI_FIELDS = (
    ("Thương mại", "trade"), ("Xây dựng", "construction"), ("Sản xuất", "manufacturing"),
    ("Dịch vụ", "services"), ("Kỹ thuật", "engineering"), ("Đầu tư", "investment"),
    ("Xuất nhập khẩu", "import_export"), ("Vận tải", "logistics"), ("Cơ điện", "engineering"),
    ("Thực phẩm", "food"), ("Công nghệ", "tech"), ("Nhựa", "plastics"), ("Bao bì", "plastics"),
    ("Dược phẩm", "pharma"), ("Nội thất", "furniture"), ("Thép", "steel"),
    ("Điện lạnh", "hvac"), ("May mặc", "garment"), ("Năng lượng", "energy"),
    ("Bất động sản", "real_estate"), ("Khách sạn", "hospitality"), ("Giáo dục", "education"),
)
_VI_BRAND_1 = (
    "Minh", "Phú", "Tân", "Thành", "Hưng", "An", "Việt", "Đại", "Hoàng", "Kim", "Phúc", "Hải",
    "Nam", "Bắc", "Đông", "Trường", "Quang", "Thiên", "Sao", "Vạn", "Tiến", "Hòa", "Gia", "Bảo",
    "Nhật", "Hồng", "Lạc", "Sông", "Tây", "Long",
)
_VI_BRAND_2 = (
    "Phát", "Thịnh", "Long", "Hưng", "Thành", "Lộc", "Việt", "Á", "Bình", "Minh", "Tiến", "An",
    "Khang", "Phong", "Sơn", "Hà", "Dương", "Mai", "Quang", "Tín", "Nguyên", "Hải", "Đạt",
    "Vượng", "Huy",
)
_EN_BRANDS = (
    "Pacific", "Mekong", "Lotus", "Summit", "Harbor", "Evergreen", "Northstar", "Bluewater",
    "Silverline", "Atlas", "Horizon", "Keystone", "Redwood", "Orchid", "Sapphire", "Crescent",
    "Saigon", "Indochina", "Asia Bridge", "Golden River",
)
_EN_FIELDS = (
    ("Trading", "trade"), ("Logistics", "logistics"), ("Engineering", "engineering"),
    ("Foods", "food"), ("Technologies", "tech"), ("Manufacturing", "manufacturing"),
    ("Packaging", "plastics"), ("Energy", "energy"), ("Hospitality", "hospitality"),
    ("Construction", "construction"), ("Pharma", "pharma"), ("Furniture", "furniture"),
)
_EN_SUFFIXES = ("Co., Ltd.", "Vietnam Co., Ltd.", "JSC", "Vietnam Ltd.")
# (full name, short name for deal titles, industry key, English?)
_SHOWCASE_COMPANIES = (
    ("Công ty TNHH Thương mại Đông Á", "Đông Á", "trade", False),
    ("Công ty Cổ phần Xây dựng Hòa Bình", "Hòa Bình", "construction", False),
    ("Mekong Logistics Co., Ltd.", "Mekong Logistics", "logistics", True),
)
_DOMAIN_TAILS = ("", "", "group", "corp", "jsc", "vn")
_TLDS = (".com.vn", ".com.vn", ".vn", ".com")

_INDUSTRIES = {
    "trade": ("Thương mại", "Trading"),
    "construction": ("Xây dựng", "Construction"),
    "manufacturing": ("Sản xuất", "Manufacturing"),
    "services": ("Dịch vụ", "Services"),
    "engineering": ("Kỹ thuật - Cơ điện", "Engineering & M&E"),
    "investment": ("Đầu tư", "Investment"),
    "import_export": ("Xuất nhập khẩu", "Import-export"),
    "logistics": ("Vận tải - Logistics", "Logistics"),
    "food": ("Thực phẩm - Đồ uống", "Food & beverage"),
    "tech": ("Công nghệ thông tin", "Information technology"),
    "plastics": ("Nhựa - Bao bì", "Plastics & packaging"),
    "pharma": ("Dược phẩm - Y tế", "Pharmaceuticals & health"),
    "furniture": ("Nội thất", "Furniture"),
    "steel": ("Thép - Kim khí", "Steel & metals"),
    "hvac": ("Điện lạnh", "HVAC"),
    "garment": ("Dệt may", "Textiles & garments"),
    "energy": ("Năng lượng", "Energy"),
    "real_estate": ("Bất động sản", "Real estate"),
    "hospitality": ("Khách sạn - Nhà hàng", "Hospitality"),
    "education": ("Giáo dục", "Education"),
}

# Texts that follow the chosen language: index 0 Vietnamese, 1 English.
_SOURCES = (
    (("Giới thiệu", "Referral"), 25), (("Website", "Website"), 20),
    (("Facebook", "Facebook"), 12), (("Zalo", "Zalo"), 10),
    (("Hội chợ triển lãm", "Trade fair"), 10), (("Gọi điện chủ động", "Cold call"), 10),
    (("Khách vãng lai", "Walk-in"), 5), (("Đối tác", "Partner"), 8),
)
_TITLES = (
    ("Giám đốc", "Director"), ("Phó giám đốc", "Deputy Director"),
    ("Trưởng phòng mua hàng", "Purchasing Manager"), ("Kế toán trưởng", "Chief Accountant"),
    ("Trưởng phòng kỹ thuật", "Technical Manager"), ("Nhân viên mua hàng", "Purchasing Officer"),
    ("Quản lý dự án", "Project Manager"), ("Trưởng ban quản lý tòa nhà", "Facility Manager"),
    ("Kỹ sư điện", "Electrical Engineer"), ("Trợ lý giám đốc", "Executive Assistant"),
)
_EN_TITLES = (
    "General Manager", "Operations Director", "CFO", "Project Engineer", "Purchasing Manager",
    "Country Manager", "Facility Manager",
)
_CONTACT_NOTES = (
    ("Thích được liên hệ qua Zalo sau 17h.", "Prefers Zalo after 5 pm."),
    ("Cần xuất hóa đơn VAT cho công ty.", "Needs a VAT invoice in the company's name."),
    ("Quyết định mua hàng cùng giám đốc.", "Decides purchases together with the director."),
    ("Đang so sánh giá với hai nhà cung cấp khác.", "Comparing prices with two other suppliers."),
    ("Khách quen, thanh toán đúng hạn.", "Regular customer, pays on time."),
)
_LABELS = {
    "mobile": ("Di động", "Mobile"), "work": ("Công việc", "Work"), "zalo": ("Zalo", "Zalo"),
    "personal": ("Cá nhân", "Personal"), "switchboard": ("Tổng đài", "Switchboard"),
    "hotline": ("Hotline", "Hotline"),
}
_TAGS = (
    (("VIP", "VIP"), "#d4a017"), (("Khách sỉ", "Wholesale"), "#1f77b4"),
    (("Khách lẻ", "Retail"), "#2ca02c"), (("Đại lý", "Dealer"), "#9467bd"),
    (("Dự án", "Project"), "#ff7f0e"), (("Nhà thầu", "Contractor"), "#8c564b"),
    (("Cần chăm sóc", "Needs care"), "#d62728"), (("Tiềm năng cao", "High potential"), "#17becf"),
    (("Hội chợ 2025", "Trade fair 2025"), "#7f7f7f"), (("Miền Bắc", "North"), "#bcbd22"),
    (("Miền Trung", "Central"), "#e377c2"), (("Miền Nam", "South"), "#393b79"),
)

# sku, (vi name, en name), unit, price in minor units, currency, VAT %
_PRODUCTS: tuple[tuple[str, tuple[str, str], str, int, str, int], ...] = (
    ("TD-400A", ("Tủ điện phân phối 400A", "400A distribution board"), "cái", 45_000_000,
     "VND", 10),
    ("TD-630A", ("Tủ điện phân phối 630A", "630A distribution board"), "cái", 68_500_000,
     "VND", 10),
    ("ATS-200", ("Tủ chuyển nguồn tự động ATS 200A", "200A automatic transfer switch"), "bộ",
     52_000_000, "VND", 10),
    ("MCCB-3P100", ("Aptomat khối MCCB 3P 100A", "MCCB 3P 100A breaker"), "cái", 2_350_000, "VND",
     10),
    ("MCB-1P32", ("Aptomat tép MCB 1P 32A", "MCB 1P 32A breaker"), "cái", 95_000, "VND", 8),
    ("CAP-CV95", ("Cáp điện CV 95mm²", "CV 95mm² power cable"), "mét", 285_000, "VND", 10),
    ("CAP-CXV4x50", ("Cáp đồng CXV 4x50mm²", "CXV 4x50mm² copper cable"), "mét", 620_000, "VND",
     10),
    ("MBA-1000", ("Máy biến áp dầu 1000kVA", "1000kVA oil transformer"), "bộ", 520_000_000, "VND",
     10),
    ("MPD-250", ("Máy phát điện diesel 250kVA", "250kVA diesel generator"), "bộ", 780_000_000,
     "VND", 10),
    ("UPS-10K", ("Bộ lưu điện UPS 10kVA", "10kVA UPS"), "bộ", 38_900_000, "VND", 10),
    ("LED-HB150", ("Đèn LED nhà xưởng 150W", "150W LED high-bay light"), "cái", 1_250_000, "VND",
     8),
    ("LED-DD100", ("Đèn đường LED 100W", "100W LED street light"), "cái", 2_100_000, "VND", 8),
    ("PV-550", ("Tấm pin năng lượng mặt trời 550Wp", "550Wp solar panel"), "tấm", 2_650_000,
     "VND", 10),
    ("INV-50K", ("Biến tần hòa lưới 50kW", "50kW grid-tie inverter"), "bộ", 68_000_000, "VND", 10),
    ("CT-3P", ("Công tơ điện tử 3 pha", "Three-phase electronic meter"), "cái", 3_200_000, "VND",
     10),
    ("TB-TU", ("Tụ bù hạ thế 50kVAr", "50kVAr capacitor bank"), "bộ", 9_800_000, "VND", 10),
    ("DV-LD", ("Dịch vụ lắp đặt tủ điện", "Switchboard installation"), "giờ", 450_000, "VND", 8),
    ("DV-BT", ("Gói bảo trì hệ thống điện", "Electrical maintenance plan"), "tháng", 6_500_000,
     "VND", 8),
    ("DV-KD", ("Kiểm định an toàn điện", "Electrical safety inspection"), "lần", 12_000_000, "VND",
     10),
    ("DV-TV", ("Tư vấn thiết kế hệ thống điện", "Electrical design consulting"), "giờ", 850_000,
     "VND", 10),
    ("DV-DT", ("Đào tạo vận hành trạm biến áp", "Substation operator training"), "buổi",
     5_500_000, "VND", 0),
    ("SACH-KTD", ("Sách kỹ thuật điện công nghiệp", "Industrial electrical handbook"), "cuốn",
     185_000, "VND", 5),
    ("CAY-VP", ("Chậu cây xanh văn phòng", "Office plant in pot"), "chậu", 350_000, "VND", 5),
    ("PM-EMS", ("Phần mềm giám sát năng lượng (bản quyền năm)",
                "Energy monitoring software (yearly licence)"), "bộ", 185_000, "USD", 0),
    ("RL-P3", ("Rơ le bảo vệ Schneider Easergy P3", "Schneider Easergy P3 protection relay"),
     "cái", 124_950, "USD", 10),
    ("FL-435", ("Máy phân tích chất lượng điện Fluke 435-II", "Fluke 435-II power analyzer"),
     "cái", 899_000, "USD", 10),
    ("FLIR-E8", ("Camera nhiệt FLIR E8", "FLIR E8 thermal camera"), "cái", 349_500, "USD", 10),
    ("PLC-1200", ("Bộ điều khiển PLC Siemens S7-1200", "Siemens S7-1200 PLC"), "bộ", 61_275,
     "USD", 10),
    ("CB-WL", ("Cảm biến dòng không dây", "Wireless current sensor"), "cái", 8_990, "USD", 10),
    ("HT-QT", ("Gói hỗ trợ kỹ thuật quốc tế", "International technical support"), "tháng",
     45_000, "USD", 0),
)
_QUANTITY_RANGE = {"mét": (20, 600), "giờ": (4, 80), "tháng": (3, 12), "tấm": (20, 400)}

_DEAL_TOPICS = (
    ("Cung cấp tủ điện", "Switchboard supply"),
    ("Lắp đặt hệ thống điện mặt trời áp mái", "Rooftop solar installation"),
    ("Bảo trì hệ thống điện năm {year}", "Electrical maintenance {year}"),
    ("Nâng cấp trạm biến áp", "Substation upgrade"),
    ("Cung cấp đèn LED nhà xưởng", "LED high-bay lighting"),
    ("Thi công cơ điện (M&E)", "M&E works"),
    ("Cung cấp máy phát điện dự phòng", "Standby generator supply"),
    ("Hệ thống giám sát năng lượng", "Energy monitoring system"),
    ("Thay thế UPS phòng máy chủ", "Server room UPS replacement"),
    ("Cung cấp cáp điện công trình", "Power cable supply"),
)
_DEAL_NOTES = (
    ("Khách cần hoàn thành trước Tết.", "The customer needs it done before Tết."),
    ("Dự án giai đoạn 2, mở rộng nhà xưởng.", "Phase 2 of the factory extension."),
    ("Yêu cầu hàng chính hãng, có CO/CQ.", "Genuine goods with CO/CQ certificates required."),
    ("Ngân sách đã được duyệt.", "Budget approved."),
)
_PAYMENT_TERMS = (
    ("Thanh toán 30% tạm ứng, 70% sau khi giao hàng và nghiệm thu.",
     "30% advance, 70% after delivery and acceptance."),
    ("Thanh toán 100% trong vòng 30 ngày kể từ ngày xuất hóa đơn.",
     "100% within 30 days of the invoice date."),
    ("Chuyển khoản 100% trước khi giao hàng.", "100% bank transfer before delivery."),
)
_DELIVERY_TERMS = (
    ("Giao hàng trong 2–3 tuần tại công trình của khách hàng.",
     "Delivery within 2–3 weeks to the customer's site."),
    ("Giao hàng tại kho bên bán, bên mua tự vận chuyển.", "Ex works, the buyer collects."),
    ("Giao hàng miễn phí trong nội thành.", "Free delivery within the city."),
)

_ACTIVITY_TYPES = _Weighted(
    [(ActivityType.CALL.value, 30), (ActivityType.EMAIL.value, 20), (ActivityType.CHAT.value, 15),
     (ActivityType.NOTE.value, 10), (ActivityType.TASK.value, 10),
     (ActivityType.MEETING.value, 8), (ActivityType.VISIT.value, 7)]
)
_SCHEDULABLE = frozenset(
    (ActivityType.CALL.value, ActivityType.MEETING.value, ActivityType.VISIT.value,
     ActivityType.TASK.value)
)
_SUBJECTS: dict[str, tuple[tuple[str, str], ...]] = {
    "call": (
        ("Gọi điện tư vấn {product}", "Call about {product}"),
        ("Gọi xác nhận lịch giao hàng", "Call to confirm the delivery date"),
        ("Gọi chăm sóc sau bán hàng", "After-sales follow-up call"),
        ("Gọi nhắc thanh toán", "Payment reminder call"),
        ("Gọi hẹn lịch khảo sát", "Call to book a site survey"),
    ),
    "meeting": (
        ("Họp trao đổi yêu cầu kỹ thuật", "Meeting on technical requirements"),
        ("Họp thương thảo hợp đồng", "Contract negotiation meeting"),
        ("Trình bày giải pháp {product}", "Presentation of {product}"),
    ),
    "visit": (
        ("Khảo sát hiện trường tại {province}", "Site survey in {province}"),
        ("Thăm khách hàng định kỳ", "Regular customer visit"),
        ("Nghiệm thu lắp đặt", "Installation acceptance visit"),
    ),
    "email": (
        ("Gửi báo giá {product}", "Quote for {product} sent"),
        ("Gửi hồ sơ năng lực công ty", "Company profile sent"),
        ("Xác nhận đơn hàng", "Order confirmation"),
        ("Gửi catalogue sản phẩm", "Product catalogue sent"),
    ),
    "chat": (
        ("Trao đổi qua Zalo về tiến độ", "Zalo chat about progress"),
        ("Khách hỏi giá {product}", "Customer asked the price of {product}"),
        ("Gửi hình ảnh sản phẩm", "Product photos sent"),
    ),
    "note": (
        ("Khách ưu tiên giao hàng buổi sáng", "Customer prefers morning deliveries"),
        ("Khách đang so sánh với đối thủ", "Customer is comparing with a competitor"),
        ("Cần xuất hóa đơn VAT công ty", "Company VAT invoice needed"),
    ),
    "task": (
        ("Chuẩn bị báo giá {product}", "Prepare a quote for {product}"),
        ("Gửi hợp đồng nguyên tắc", "Send the framework contract"),
        ("Theo dõi thanh toán đợt 2", "Follow up the second payment"),
        ("Lên lịch khảo sát", "Schedule a site survey"),
        ("Gửi thư cảm ơn", "Send a thank-you letter"),
    ),
}
_OUTCOMES = (
    ("Khách quan tâm, hẹn gửi báo giá", "Interested, quote to follow"),
    ("Không nghe máy", "No answer"),
    ("Đã chốt lịch hẹn", "Appointment booked"),
    ("Khách yêu cầu gọi lại sau", "Asked to call back later"),
    ("Đã thống nhất phương án kỹ thuật", "Technical solution agreed"),
)
_BODIES = (
    ("Khách cần thêm thông tin về thời gian bảo hành và chứng chỉ xuất xưởng.",
     "The customer wants more details on warranty and factory certificates."),
    ("Đã gửi tài liệu kỹ thuật, chờ phản hồi từ phòng kỹ thuật của khách.",
     "Technical documents sent; waiting for the customer's engineering team."),
    ("Khách đề nghị giảm giá 5% nếu đặt hàng trong tháng này.",
     "The customer asks for 5% off if ordering this month."),
)

_CARE_SUBJECTS: dict[str, tuple[tuple[str, str], ...]] = {
    CareCategory.QUESTION.value: (
        ("Hỏi về thời gian bảo hành tủ điện", "Question about the switchboard warranty"),
        ("Hỏi hướng dẫn vận hành máy phát điện", "How to operate the generator"),
        ("Hỏi về chứng từ CO/CQ", "Question about CO/CQ documents"),
    ),
    CareCategory.COMPLAINT.value: (
        ("Khiếu nại giao hàng trễ", "Late delivery complaint"),
        ("Đèn LED nhấp nháy sau 2 tháng sử dụng", "LED lights flicker after two months"),
        ("Nhân viên lắp đặt đến trễ hẹn", "Installer arrived late"),
    ),
    CareCategory.WARRANTY.value: (
        ("Yêu cầu bảo hành bộ lưu điện UPS", "UPS warranty claim"),
        ("Aptomat bị nhảy liên tục", "Breaker keeps tripping"),
        ("Biến tần báo lỗi quá nhiệt", "Inverter reports overheating"),
    ),
    CareCategory.REQUEST.value: (
        ("Yêu cầu xuất lại hóa đơn", "Request to reissue the invoice"),
        ("Yêu cầu cử kỹ thuật viên kiểm tra", "Request for a technician visit"),
        ("Yêu cầu cung cấp bản vẽ hoàn công", "Request for as-built drawings"),
    ),
}
_CSAT_COMMENTS = {
    5: ("Rất hài lòng, xử lý nhanh.", "Very satisfied, quick fix."),
    4: ("Hài lòng.", "Satisfied."),
    3: ("Tạm được, cần phản hồi nhanh hơn.", "OK, could answer faster."),
    2: ("Phải gọi nhiều lần mới được hỗ trợ.", "Had to call several times."),
    1: ("Không hài lòng.", "Not satisfied."),
}
_SLA_HOURS = {"urgent": 4, "high": 24, "normal": 72, "low": 168}

_SELLER = {
    "name": "Công ty Cổ phần Thiết bị Điện Sao Việt",
    "street": "Tầng 8, Tòa nhà Sao Việt, 72 Nguyễn Văn Linh",
    "ward": "Phường Tân Phong",
    "district": "Quận 7",
    "province": "TP. Hồ Chí Minh",
    "country": "VN",
    "phone": "+842838123456",
    "email": "sales@saovietelectric.vn",
    "website": "https://saovietelectric.vn",
    "bank_account": "0071001234567",
    "default_currency": "VND",
    "logo_png": None,
}
_SELLER_BANK = (
    "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) – Chi nhánh Nam Sài Gòn",
    "Joint Stock Commercial Bank for Foreign Trade of Vietnam (Vietcombank), South Saigon Branch",
)
_SELLER_DOMAIN = "saovietelectric.vn"

# fmt: on

_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_code_check_digit(first_nine: str) -> int | None:
    """Check digit of a Vietnamese 10-digit tax code (MST), or None if none is valid."""
    total = sum(w * int(d) for w, d in zip(_TAX_WEIGHTS, first_nine, strict=True))
    check = 10 - total % 11
    return None if check == 10 else check


def quote_line_amounts(
    quantity: Decimal,
    unit_price: Decimal,
    discount_percent: Decimal,
    vat_rate: Decimal,
    currency: str,
) -> tuple[Decimal, Decimal]:
    """(net amount, VAT) of one quote line, each rounded half up to the currency's decimals.

    The quote's subtotal and tax total are the sums of these per-line figures.
    """
    quantum = Decimal(1).scaleb(-currency_decimals(currency))
    net = (quantity * unit_price * (100 - discount_percent) / 100).quantize(
        quantum, rounding=ROUND_HALF_UP
    )
    tax = (net * vat_rate / 100).quantize(quantum, rounding=ROUND_HALF_UP)
    return net, tax


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
            if check is not None:
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
            "quotes.number_prefix": "BG" if lang == 0 else "QT",
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


_TABLES = (
    "users",
    "tags",
    "products",
    "company_profile",
    "team_settings",
    "accounts",
    "contacts",
    "contact_points",
    "taggings",
    "deals",
    "deal_stage_changes",
    "quotes",
    "quote_lines",
    "care_cases",
    "activities",
)


def build_demo(
    db: Database,
    size: DemoSize,
    seed: int = 1,
    as_of: dt.date | None = None,
    language: str = "vi",
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
    append: bool = False,
) -> DemoSummary:
    """Fill ``db`` with the ``size`` demo data set as it would look on ``as_of`` (default today).

    The same ``seed`` and ``as_of`` give the same rows and ids. Refuses (``DemoNotEmptyError``)
    when the database already has contacts, unless ``append``; ``cancel`` returning True
    between chunks raises ``DemoCancelledError``. Either way nothing of the demo is kept.
    Creates the default pipeline first (committed on its own) when there is none.
    Runs on the calling thread; ``progress(phase, done, total)`` is called from it.
    """
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; use 'small' or 'large'")
    started = time.perf_counter()
    day = as_of if as_of is not None else dt.date.today()
    try:
        summary = _build(db, size, seed, day, language, progress, cancel, append)
    finally:
        gc.unfreeze()
    return replace(summary, seconds=time.perf_counter() - started)


def _build(
    db: Database,
    size: DemoSize,
    seed: int,
    day: dt.date,
    language: str,
    progress: ProgressCallback | None,
    cancel: CancelCallback | None,
    append: bool,
) -> DemoSummary:
    with db.uow() as uow:
        existing = queries.count_live(uow.session, Contact)
        if existing and not append:
            raise DemoNotEmptyError(existing)
        pipeline = ensure_default_pipeline(uow, language)
        # Appending draws other ids than the first build, so a second run cannot collide.
        rng = _Random(seed if not existing else f"{seed}/{existing}")
        with BulkWriter(uow) as writer:
            builder = _Builder(writer, rng, SIZES[size], day, language, progress, cancel)
            builder.pipeline_id = uuid.UUID(pipeline.id)
            builder.build_reference()
            builder.build_accounts()
            builder.build_contacts()
            builder.build_deals()
            builder.build_care_cases()
            builder.build_activities()
            tables = writer.pending_indexes
            for done, table in enumerate(tables):
                builder.report("indexes", done, len(tables))
                writer.rebuild_indexes([table])
            builder.report("indexes", len(tables), len(tables))
            counts = dict(writer.counts)
        uow.commit()
    return DemoSummary(**{name: counts.get(name, 0) for name in _TABLES}, seconds=0.0)
