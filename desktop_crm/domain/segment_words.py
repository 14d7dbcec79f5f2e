"""Words of the segments in "vi" or "en", for data exports in a chosen language (like
``exports.quote_labels``: the file's language, not the window's).

``explain(record, language)`` turns the figures kept in a segment's ``reason`` into a sentence:
"3 purchases in 12 months, last 20 days ago, CSAT 4.7".
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Protocol


class _Explained(Protocol):
    @property
    def care_group(self) -> str: ...

    @property
    def reason(self) -> dict[str, Any]: ...


class _Projected(Protocol):
    @property
    def purchases(self) -> int: ...

    @property
    def monetary(self) -> Decimal: ...

    @property
    def churn_risk(self) -> bool: ...

    @property
    def projected_value(self) -> Decimal: ...


_GROUPS = {
    "en": {"loyal": "Loyal", "potential": "Potential", "new": "New", "unaware": "Unaware"},
    "vi": {
        "loyal": "Trung thành",
        "potential": "Tiềm năng",
        "new": "Mới",
        "unaware": "Chưa biết đến",
    },
}
_RFM = {
    "en": {
        "champions": "Champions",
        "loyal": "Loyal",
        "potential_loyalists": "Potential loyalists",
        "new_customers": "New customers",
        "promising": "Promising",
        "need_attention": "Need attention",
        "at_risk": "At risk",
        "cant_lose": "Can't lose them",
        "hibernating": "Hibernating",
        "lost": "Lost",
        "none": "No purchase",
    },
    "vi": {
        "champions": "Khách hàng xuất sắc",
        "loyal": "Trung thành",
        "potential_loyalists": "Có thể trung thành",
        "new_customers": "Khách hàng mới",
        "promising": "Triển vọng",
        "need_attention": "Cần quan tâm",
        "at_risk": "Có nguy cơ rời bỏ",
        "cant_lose": "Không thể để mất",
        "hibernating": "Ngủ đông",
        "lost": "Đã mất",
        "none": "Chưa mua hàng",
    },
}
_KINDS = {
    "en": {"account": "Company", "contact": "Person"},
    "vi": {"account": "Công ty", "contact": "Cá nhân"},
}
_COLUMNS = {
    "en": [
        "Customer",
        "Kind",
        "Care group",
        "Reason",
        "R",
        "F",
        "M",
        "RFM segment",
        "Tier",
        "Churn risk",
        "Usual interval (days)",
        "Lifetime value",
        "Projected value",
    ],
    "vi": [
        "Khách hàng",
        "Loại",
        "Nhóm chăm sóc",
        "Lý do",
        "R",
        "F",
        "M",
        "Phân khúc RFM",
        "Hạng",
        "Nguy cơ rời bỏ",
        "Chu kỳ mua thường lệ (ngày)",
        "Giá trị đã mua",
        "Giá trị dự kiến",
    ],
}
_YES_NO = {"en": ("Yes", "No"), "vi": ("Có", "Không")}
_TITLE = {"en": "Segments", "vi": "Phân khúc"}


def _lang(language: str) -> str:
    return "vi" if language.lower().startswith("vi") else "en"


def group_name(key: str, language: str) -> str:
    return _GROUPS[_lang(language)].get(key, key)


def rfm_name(key: str, language: str) -> str:
    return _RFM[_lang(language)].get(key, key)


def kind_name(key: str, language: str) -> str:
    return _KINDS[_lang(language)].get(key, key)


def yes_no(value: bool, language: str) -> str:
    yes, no = _YES_NO[_lang(language)]
    return yes if value else no


def column_names(language: str) -> list[str]:
    return list(_COLUMNS[_lang(language)])


def sheet_title(language: str) -> str:
    return _TITLE[_lang(language)]


def _months(days: int) -> int:
    return max(1, round(days / 30.4))


def _csat_text(value: str) -> str:
    number = Decimal(value).normalize()
    return f"{number:f}"


def explain(record: _Explained, language: str) -> str:
    """The reason of the care group in words, from the figures kept with it."""
    vi = _lang(language) == "vi"
    reason = record.reason
    parts: list[str] = []
    purchases = int(reason.get("purchases") or 0)
    recent = int(reason.get("recent_purchases") or 0)
    months = _months(int(reason.get("window_days") or 365))
    if purchases:
        if vi:
            parts.append(f"{recent} lần mua trong {months} tháng")
        else:
            noun = "purchase" if recent == 1 else "purchases"
            parts.append(f"{recent} {noun} in {months} months")
        last = reason.get("last_days")
        if last is not None:
            parts.append(f"lần cuối {last} ngày trước" if vi else f"last {last} days ago")
        if record.care_group == "new" and reason.get("first_days") is not None:
            first = reason["first_days"]
            parts.append(f"lần đầu {first} ngày trước" if vi else f"first {first} days ago")
    elif reason.get("created_days") is not None:
        days = reason["created_days"]
        parts.append(
            f"chưa mua, mới thêm {days} ngày trước"
            if vi
            else f"no purchase yet, added {days} days ago"
        )
    else:
        parts.append("chưa mua hàng" if vi else "no purchase yet")
    engaged = reason.get("engaged") or []
    if "activity" in engaged and reason.get("activity_days") is not None:
        days = reason["activity_days"]
        parts.append(f"liên hệ {days} ngày trước" if vi else f"contacted {days} days ago")
    if "open_deal" in engaged:
        n = reason.get("open_deals", 1)
        parts.append(f"{n} cơ hội đang mở" if vi else f"{n} open deal{'s' if n != 1 else ''}")
    if "quote" in engaged:
        n = reason.get("open_quotes", 1)
        parts.append(f"{n} báo giá đang chờ" if vi else f"{n} quote{'s' if n != 1 else ''} waiting")
    if reason.get("csat") is not None:
        parts.append(f"CSAT {_csat_text(str(reason['csat']))}")
    text = ", ".join(parts)
    return text[:1].upper() + text[1:] if text else text


def projection_formula(record: _Projected, language: str) -> str:
    """How the projected value came about, in words with the figures (amounts unformatted:
    the window formats money itself)."""
    vi = _lang(language) == "vi"
    if not record.purchases:
        return "Chưa mua hàng: chưa có dự kiến" if vi else "No purchase: nothing to project"
    text = (
        "Giá trị trung bình mỗi lần mua × số lần mua mỗi năm × số năm dự kiến"
        if vi
        else "Average purchase × purchases a year × years projected"
    )
    if record.churn_risk:
        text += ", chia đôi vì có nguy cơ rời bỏ" if vi else ", halved for the churn risk"
    return text
