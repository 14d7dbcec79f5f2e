"""Care cases: due times from the targets, the status rules, first response, CSAT, overdue,
the conversation log and the list's filters, with Vietnamese text."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_crm.domain.contact_rules import FieldError
from desktop_crm.services import care_cases as cc
from desktop_crm.services.care_cases import CaseInput, Target
from desktop_crm.store import imports as settings_store
from desktop_crm.store.database import Database
from tests.quote_fixtures import CUSTOMER, seed_parties

NOW = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
SUBJECT = "Máy lạnh kêu to sau khi bảo hành"


@pytest.fixture
def ids(db: Database) -> dict[str, str]:
    return seed_parties(db)


def _new(
    db: Database, ids: dict[str, str], priority: str = "normal", **kw: object
) -> cc.CaseDetail:
    data = CaseInput(
        subject=str(kw.pop("subject", SUBJECT)),
        description="Khách phàn nàn tiếng ồn lớn vào ban đêm",
        category=str(kw.pop("category", "complaint")),
        channel="zalo",
        priority=priority,
        contact_id=ids["contact"],
        owner_id=ids["user"],
    )
    with db.uow() as uow:
        return cc.create_case(uow, data, kw.pop("now", NOW))  # type: ignore[arg-type]


def test_due_times_follow_the_default_targets_by_priority(
    db: Database, ids: dict[str, str]
) -> None:
    hours = {"urgent": 4, "high": 24, "normal": 72, "low": 168}
    for priority, resolution in hours.items():
        case = _new(db, ids, priority)
        assert case.due_at == NOW + resolution * HOUR
        assert case.status == "new" and case.opened_at == NOW
    urgent = _new(db, ids, "urgent")
    assert urgent.response_due_at == NOW + HOUR
    # a contact at a company brings its account; the subject keeps its Vietnamese
    assert urgent.subject == SUBJECT
    assert urgent.account_id == ids["account"] and urgent.customer == CUSTOMER


def test_saved_targets_win_over_the_older_sla_hours(db: Database, ids: dict[str, str]) -> None:
    with db.uow() as uow:
        settings_store.put_team_setting(uow.session, "care.sla_hours", json.dumps({"high": 10}))
        uow.commit()
    assert _new(db, ids, "high").due_at == NOW + 10 * HOUR  # the fallback
    assert _new(db, ids, "low").due_at == NOW + 168 * HOUR
    with db.uow() as uow:
        targets = cc.get_targets(uow)
        targets["high"] = Target(2, 6)
        cc.save_targets(uow, targets)
    assert _new(db, ids, "high").due_at == NOW + 6 * HOUR
    with db.uow() as uow:
        assert cc.get_targets(uow)["urgent"] == Target(1, 4)
        with pytest.raises(FieldError) as bad:
            cc.save_targets(uow, {**targets, "low": Target(0, 5)})
        assert bad.value.field == "targets.low.response"
        with pytest.raises(FieldError) as late:
            cc.save_targets(uow, {**targets, "low": Target(50, 5)})
        assert late.value.field == "targets.low.response"
    with db.uow() as uow:
        assert cc.get_targets(uow)["high"] == Target(2, 6)


def test_transitions_allowed_and_refused(db: Database, ids: dict[str, str]) -> None:
    case = _new(db, ids)
    with db.uow() as uow:
        with pytest.raises(FieldError):
            cc.change_status(uow, case.id, "closed", NOW)
        with pytest.raises(FieldError):
            cc.change_status(uow, case.id, "waiting_on_customer", NOW)
    steps = ["in_progress", "waiting_on_customer", "in_progress", "resolved", "in_progress"]
    for minutes, status in enumerate(steps, start=1):
        with db.uow() as uow:
            case = cc.change_status(uow, case.id, status, NOW + minutes * dt.timedelta(minutes=1))
        assert case.status == status
    with db.uow() as uow:
        cc.resolve(uow, case.id, 5, None, NOW + 10 * HOUR)
    with db.uow() as uow:
        case = cc.change_status(uow, case.id, "closed", NOW + 11 * HOUR)
    assert case.closed_at == NOW + 11 * HOUR and case.allowed == ()
    with db.uow() as uow:
        with pytest.raises(FieldError) as final:
            cc.change_status(uow, case.id, "in_progress", NOW + 12 * HOUR)
        assert "closed" in final.value.message
        with pytest.raises(FieldError):
            cc.log_message(uow, case.id, "Còn đó không?", "zalo", "in", NOW + 12 * HOUR)
    # each change is recorded, in order
    moves = [(e.from_status, e.to_status) for e in case.log if e.kind == "status"]
    assert moves == [
        ("new", "in_progress"),
        ("in_progress", "waiting_on_customer"),
        ("waiting_on_customer", "in_progress"),
        ("in_progress", "resolved"),
        ("resolved", "in_progress"),
        ("in_progress", "resolved"),
        ("resolved", "closed"),
    ]


def test_first_response_is_the_first_reply_or_the_move_to_in_progress(
    db: Database, ids: dict[str, str]
) -> None:
    case = _new(db, ids)
    with db.uow() as uow:
        case = cc.log_message(uow, case.id, "Máy kêu to lắm em ơi", "zalo", "in", NOW + HOUR)
    assert case.first_response_at is None  # the customer writing is not a response
    with db.uow() as uow:
        case = cc.log_message(
            uow, case.id, "Dạ, em cho kỹ thuật qua", "phone", "out", NOW + 2 * HOUR
        )
    assert case.first_response_at == NOW + 2 * HOUR
    with db.uow() as uow:
        case = cc.change_status(uow, case.id, "in_progress", NOW + 3 * HOUR)
    assert case.first_response_at == NOW + 2 * HOUR  # the first one stays

    other = _new(db, ids)
    with db.uow() as uow:
        other = cc.change_status(uow, other.id, "in_progress", NOW + 5 * HOUR)
    assert other.first_response_at == NOW + 5 * HOUR


def test_csat_only_from_1_to_5_and_only_when_resolving(db: Database, ids: dict[str, str]) -> None:
    case = _new(db, ids)
    with db.uow() as uow:
        for bad in (0, 6, -1):
            with pytest.raises(FieldError) as refused:
                cc.resolve(uow, case.id, bad, None, NOW)
            assert refused.value.field == "csat"
            assert "1 to 5" in refused.value.message
        with pytest.raises(FieldError):
            cc.resolve(uow, case.id, None, "Tốt", NOW)  # a comment without a score
    with db.uow() as uow:
        case = cc.resolve(uow, case.id, 4, "Kỹ thuật viên nhiệt tình, đúng hẹn", NOW + HOUR)
    assert case.status == "resolved" and case.resolved_at == NOW + HOUR
    assert case.csat_score == 4 and case.csat_comment == "Kỹ thuật viên nhiệt tình, đúng hẹn"
    with db.uow() as uow, pytest.raises(FieldError):
        cc.resolve(uow, case.id, 5, None, NOW + 2 * HOUR)  # already resolved
    with db.uow() as uow:
        reopened = cc.change_status(uow, case.id, "in_progress", NOW + 3 * HOUR)
    assert reopened.csat_score is None and reopened.resolved_at is None
    quiet = _new(db, ids)
    with db.uow() as uow:
        quiet = cc.resolve(uow, quiet.id, None, None, NOW)
    assert quiet.status == "resolved" and quiet.csat_score is None


def test_overdue_cases_and_the_list_filters(db: Database, ids: dict[str, str]) -> None:
    late = _new(db, ids, "urgent", subject="Mất điện toàn xưởng")  # due NOW + 4 h
    calm = _new(db, ids, "low", subject="Hỏi giá bảo trì")  # due NOW + 168 h
    done = _new(db, ids, "urgent", subject="Đổi hoá đơn")
    with db.uow() as uow:
        cc.resolve(uow, done.id, 5, None, NOW + HOUR)
    later = NOW + 7 * HOUR
    with db.uow() as uow:
        assert cc.case_detail(uow, late.id).overdue_by(later) == 3 * HOUR
        assert cc.case_detail(uow, calm.id).overdue_by(later) is None
        assert cc.case_detail(uow, done.id).overdue_by(later) is None  # resolved: never
        overdue = cc.case_page(uow, cc.case_filter(overdue_only=True), later, 0, 50)
        assert [r.subject for r in overdue] == ["Mất điện toàn xưởng"]
        assert cc.case_count(uow, cc.case_filter(overdue_only=True), later) == 1
        everything = cc.case_page(uow, cc.case_filter(), later, 0, 50)
        # unfinished first, soonest due first; the resolved one last
        assert [r.subject for r in everything] == [
            "Mất điện toàn xưởng",
            "Hỏi giá bảo trì",
            "Đổi hoá đơn",
        ]
        assert everything[0].overdue_by(later) == 3 * HOUR
        assert everything[0].customer == CUSTOMER
        assert [
            r.subject for r in cc.case_page(uow, cc.case_filter(status="open"), later, 0, 9)
        ] == [
            "Mất điện toàn xưởng",
            "Hỏi giá bảo trì",
        ]
        by_priority = cc.case_page(uow, cc.case_filter(priority="low"), later, 0, 9)
        assert [r.subject for r in by_priority] == ["Hỏi giá bảo trì"]
        by_owner = cc.case_count(uow, cc.case_filter(owner_id=ids["user"]), later)
        assert by_owner == 3
        assert [
            r.subject for r in cc.case_page(uow, cc.case_filter(text="bảo trì"), later, 0, 9)
        ] == ["Hỏi giá bảo trì"]
        # the customer's name matches without diacritics
        assert cc.case_count(uow, cc.case_filter(text="dong a"), later) == 3
        paged = cc.case_page(uow, cc.case_filter(), later, 1, 1)
        assert [r.subject for r in paged] == ["Hỏi giá bảo trì"]


def test_the_log_is_oldest_first_and_on_the_customer_timeline(
    db: Database, ids: dict[str, str]
) -> None:
    case = _new(db, ids)
    with db.uow() as uow:
        cc.log_message(uow, case.id, "Lần hai: vẫn kêu", "phone", "in", NOW + 2 * HOUR)
    with db.uow() as uow:
        cc.log_message(uow, case.id, "Lần một: máy kêu", "zalo", "in", NOW + HOUR)
    with db.uow() as uow:
        cc.log_message(
            uow, case.id, "Em gửi lịch hẹn\nThứ Hai 9 giờ", "email", "out", NOW + 3 * HOUR
        )
    with db.uow() as uow:
        case = cc.case_detail(uow, case.id)
        with pytest.raises(FieldError):
            cc.log_message(uow, case.id, "   ", "zalo", "out", NOW)
        with pytest.raises(FieldError):
            cc.log_message(uow, case.id, "x", "zalo", "sideways", NOW)
    messages = [e for e in case.log if e.kind == "message"]
    assert [e.text for e in messages] == [
        "Lần một: máy kêu",
        "Lần hai: vẫn kêu",
        "Em gửi lịch hẹn\nThứ Hai 9 giờ",
    ]
    assert [(e.direction, e.channel, e.activity_type) for e in messages] == [
        ("in", "zalo", "chat"),
        ("in", "phone", "call"),
        ("out", "email", "email"),
    ]
    from desktop_crm.services import customer_view

    with db.uow() as uow:
        view = customer_view.load_view(uow, "account", ids["account"])
        timeline = customer_view.timeline_page(uow, "account", ids["account"])
    assert [c.subject for c in view.care_cases] == [SUBJECT]
    kinds = [(e.kind, e.title) for e in timeline]
    assert ("care_opened", SUBJECT) in kinds
    assert ("email", "Em gửi lịch hẹn") in kinds  # the messages are the customer's activities
    details = {e.title: e.detail for e in timeline}
    assert details["Em gửi lịch hẹn"] == "Thứ Hai 9 giờ"  # the rest, not the marker
    assert details["Lần một: máy kêu"] == ""
    assert not any(k == "note" for k, _ in kinds)  # status steps stay in the case


def test_bad_input_is_explained(db: Database, ids: dict[str, str]) -> None:
    with db.uow() as uow:
        for data, field in (
            (CaseInput(subject="  ", contact_id=ids["contact"]), "subject"),
            (CaseInput(subject="Hỏi", category="praise", contact_id=ids["contact"]), "category"),
            (CaseInput(subject="Hỏi", priority="asap", contact_id=ids["contact"]), "priority"),
            (CaseInput(subject="Hỏi", channel="fax", contact_id=ids["contact"]), "channel"),
            (CaseInput(subject="Hỏi"), "customer"),
        ):
            with pytest.raises(FieldError) as refused:
                cc.create_case(uow, data, NOW)
            assert refused.value.field == field
