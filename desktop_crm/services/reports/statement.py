"""Customer statement: one company's whole history, to take on a visit."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_crm.domain.segment_words import explain, group_name
from desktop_crm.services.reports.model import (
    Column,
    Kpi,
    Period,
    ReportFilters,
    ReportResult,
    ReportSpec,
    Table,
    Value,
)
from desktop_crm.services.segments import convert, get_rates
from desktop_crm.store import report_queries_service as q
from desktop_crm.store import segment_queries
from desktop_crm.store.uow import UnitOfWork

WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Sao kê khách hàng",
        "description": "Toàn bộ lịch sử của một khách hàng doanh nghiệp, mang theo khi gặp",
        "missing": "Hãy chọn khách hàng cho sao kê khách hàng.",
        "not_found": "Không tìm thấy khách hàng này.",
        "customer": "Khách hàng",
        "header": "Thông tin khách hàng",
        "field": "Mục",
        "value": "Nội dung",
        "name": "Tên",
        "tax_code": "Mã số thuế",
        "address": "Địa chỉ",
        "owner": "Người phụ trách",
        "care_group": "Nhóm chăm sóc",
        "reason": "Lý do",
        "deals": "Cơ hội",
        "deal": "Cơ hội",
        "stage": "Giai đoạn",
        "status": "Trạng thái",
        "amount": "Giá trị",
        "currency": "Tiền tệ",
        "created": "Ngày tạo",
        "expected": "Dự kiến chốt",
        "closed": "Ngày đóng",
        "quotes": "Báo giá",
        "number": "Số báo giá",
        "version": "Phiên bản",
        "total": "Tổng cộng",
        "date": "Ngày",
        "activities": "Hoạt động trong kỳ",
        "type": "Loại",
        "subject": "Nội dung",
        "who": "Người thực hiện",
        "cases": "Yêu cầu chăm sóc",
        "opened": "Ngày mở",
        "resolved": "Ngày xử lý xong",
        "csat": "CSAT",
        "lifetime": "Giá trị trọn đời (đã chốt)",
        "pipeline": "Cơ hội đang mở",
        "open_cases": "Yêu cầu đang mở",
        "note_money": "Giá trị trọn đời và cơ hội đang mở quy đổi sang {cur} theo tỷ giá đã lưu.",
        "note_activities": "Hoạt động: ngày làm (hoặc ngày hẹn nếu chưa làm) trong kỳ.",
    },
    "en": {
        "title": "Customer statement",
        "description": "One company's whole history, to take on a visit",
        "missing": "Choose the customer for the customer statement.",
        "not_found": "This customer was not found.",
        "customer": "Customer",
        "header": "Customer",
        "field": "Field",
        "value": "Value",
        "name": "Name",
        "tax_code": "Tax code",
        "address": "Address",
        "owner": "Owner",
        "care_group": "Care group",
        "reason": "Reason",
        "deals": "Deals",
        "deal": "Deal",
        "stage": "Stage",
        "status": "Status",
        "amount": "Amount",
        "currency": "Currency",
        "created": "Created",
        "expected": "Expected close",
        "closed": "Closed",
        "quotes": "Quotes",
        "number": "Number",
        "version": "Version",
        "total": "Total",
        "date": "Date",
        "activities": "Activities in the period",
        "type": "Type",
        "subject": "Subject",
        "who": "By",
        "cases": "Care cases",
        "opened": "Opened",
        "resolved": "Resolved",
        "csat": "CSAT",
        "lifetime": "Lifetime value (won)",
        "pipeline": "Open pipeline",
        "open_cases": "Open cases",
        "note_money": "Lifetime value and open pipeline converted to {cur} at the saved rates.",
        "note_activities": "Activities: done (or, when not done, due) in the period.",
    },
}


# Codes shown in words: deal, quote and case statuses, activity types.
CODES: dict[str, dict[str, str]] = {
    "vi": {
        "open": "Đang mở",
        "won": "Thắng",
        "lost": "Thua",
        "draft": "Nháp",
        "sent": "Đã gửi",
        "accepted": "Chấp nhận",
        "rejected": "Từ chối",
        "expired": "Hết hạn",
        "new": "Mới",
        "in_progress": "Đang xử lý",
        "waiting_on_customer": "Chờ khách hàng",
        "resolved": "Đã xử lý",
        "closed": "Đã đóng",
        "call": "Cuộc gọi",
        "meeting": "Cuộc họp",
        "visit": "Gặp trực tiếp",
        "email": "Email",
        "chat": "Tin nhắn",
        "note": "Ghi chú",
        "task": "Việc cần làm",
    },
    "en": {
        "open": "Open",
        "won": "Won",
        "lost": "Lost",
        "draft": "Draft",
        "sent": "Sent",
        "accepted": "Accepted",
        "rejected": "Rejected",
        "expired": "Expired",
        "new": "New",
        "in_progress": "In progress",
        "waiting_on_customer": "Waiting on customer",
        "resolved": "Resolved",
        "closed": "Closed",
        "call": "Call",
        "meeting": "Meeting",
        "visit": "Visit",
        "email": "E-mail",
        "chat": "Chat",
        "note": "Note",
        "task": "Task",
    },
}


@dataclass(frozen=True)
class _Reason:
    care_group: str
    reason: dict[str, Any]


def _words(language: str) -> dict[str, str]:
    return WORDS["vi" if language == "vi" else "en"]


def _day(moment: dt.datetime | None, zone: dt.tzinfo | None) -> dt.date | None:
    if moment is None:
        return None
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(zone).date()


def run(
    uow: UnitOfWork, period: Period, filters: ReportFilters, language: str, now: dt.datetime
) -> ReportResult:
    w = _words(language)
    codes = CODES["vi" if language == "vi" else "en"]

    def say(code: str) -> str:
        return codes.get(code, code)

    if not filters.account_id:
        raise ValueError(w["missing"])
    try:
        account_id = uuid.UUID(str(filters.account_id))
    except ValueError:
        raise ValueError(w["not_found"]) from None
    uow.read_only()
    session = uow.session
    found = q.account_header(session, account_id)
    if found is None:
        raise ValueError(w["not_found"])
    account, owner_name, segment = found
    zone = now.astimezone().tzinfo
    start = dt.datetime.combine(period.start, dt.time(), tzinfo=zone).astimezone(dt.UTC)
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    end = end.astimezone(dt.UTC)
    rates = get_rates(uow)
    company = segment_queries.company_currency(session)

    address = ", ".join(
        p for p in (account.street, account.ward, account.district, account.province) if p
    )
    header_rows: list[tuple[Value, ...]] = [
        (w["name"], account.name),
        (w["tax_code"], account.tax_code or ""),
        (w["address"], address),
        (w["owner"], owner_name or ""),
    ]
    if segment is not None:
        try:
            reason = json.loads(segment.reason_json or "{}")
        except ValueError:
            reason = {}
        header_rows.append((w["care_group"], group_name(segment.care_group, language)))
        header_rows.append(
            (
                w["reason"],
                explain(
                    _Reason(segment.care_group, reason if isinstance(reason, dict) else {}),
                    language,
                ),
            )
        )
    header = Table(
        key="header",
        title=w["header"],
        columns=(Column("field", w["field"]), Column("value", w["value"])),
        rows=tuple(header_rows),
    )

    lifetime = Decimal(0)
    pipeline = Decimal(0)
    deal_rows: list[tuple[Value, ...]] = []
    deal_links: list[tuple[str, str] | None] = []
    for did, title, stage, status, amount, cur, created, expected, closed in q.account_deals(
        session, account_id
    ):
        if status == "won":
            lifetime += convert(amount, cur, company, rates)
        elif status == "open":
            pipeline += convert(amount, cur, company, rates)
        deal_rows.append(
            (
                title,
                stage,
                say(status),
                amount,
                cur,
                _day(created, zone),
                expected,
                _day(closed, zone),
            )
        )
        deal_links.append(("deal", str(did)))
    deals = Table(
        key="deals",
        title=w["deals"],
        columns=(
            Column("title", w["deal"]),
            Column("stage", w["stage"]),
            Column("status", w["status"]),
            Column("amount", w["amount"], "money"),
            Column("currency", w["currency"]),
            Column("created", w["created"], "date"),
            Column("expected", w["expected"], "date"),
            Column("closed", w["closed"], "date"),
        ),
        rows=tuple(deal_rows),
        links=tuple(deal_links),
        wide=True,
    )

    quote_rows = q.account_quotes(session, account_id)
    quotes = Table(
        key="quotes",
        title=w["quotes"],
        columns=(
            Column("number", w["number"]),
            Column("version", w["version"], "int"),
            Column("status", w["status"]),
            Column("total", w["total"], "money"),
            Column("currency", w["currency"]),
            Column("date", w["date"], "date"),
        ),
        rows=tuple((n, v, say(s), t, c, d) for _, n, v, s, t, c, d in quote_rows),
        links=tuple(("quote", str(r[0])) for r in quote_rows),
    )

    activities = Table(
        key="activities",
        title=w["activities"],
        columns=(
            Column("date", w["date"], "date"),
            Column("type", w["type"]),
            Column("subject", w["subject"]),
            Column("who", w["who"]),
        ),
        rows=tuple(
            (_day(at, zone), say(kind), subject, who or "")
            for at, kind, subject, who in q.account_activities(session, account_id, start, end)
        ),
    )

    case_rows = q.account_cases(session, account_id)
    open_cases = sum(1 for _, status, _, _, _ in case_rows if status not in ("resolved", "closed"))
    cases = Table(
        key="cases",
        title=w["cases"],
        columns=(
            Column("subject", w["subject"]),
            Column("status", w["status"]),
            Column("opened", w["opened"], "date"),
            Column("resolved", w["resolved"], "date"),
            Column("csat", w["csat"], "int"),
        ),
        rows=tuple(
            (subject, say(status), _day(opened, zone), _day(resolved, zone), csat)
            for subject, status, opened, resolved, csat in case_rows
        ),
    )
    kpis = (
        Kpi("lifetime_value", w["lifetime"], lifetime, kind="money", currency=company),
        Kpi("open_pipeline", w["pipeline"], pipeline, kind="money", currency=company),
        Kpi("open_cases", w["open_cases"], open_cases),
    )
    return ReportResult(
        name="statement",
        title=w["title"],
        language=language,
        period=period,
        filters_text=f"{w['customer']}: {account.name}",
        generated_at=now.astimezone(dt.UTC),
        kpis=kpis,
        tables=(header, deals, quotes, activities, cases),
        notes=(w["note_money"].format(cur=company), w["note_activities"]),
    )


SPEC = ReportSpec(
    name="statement",
    titles={lang: WORDS[lang]["title"] for lang in WORDS},
    descriptions={lang: WORDS[lang]["description"] for lang in WORDS},
    run=run,
    wide=True,
)
