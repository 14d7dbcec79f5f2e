"""Lead scores in the window: the deal page and a lead's page show the score with the points of
each rule; changing a rule's points in Settings and saving recomputes what is shown."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_crm.paths import AppPaths
from desktop_crm.services import segments
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.store.database import Database
from desktop_crm.store.models import Account, Activity, Contact, Deal

DEAL_TEXT = (
    "Lead score {score} — job title +5, works at a company {company}, company tax code +5, "
    "came by referral +15, activity in 14 days +20"
)


def _lead_and_deal(paths: AppPaths) -> dict[str, str]:
    """A lead at a company with a tax code, its open deal (by referral) and a call 3 days ago;
    scores computed now."""
    db = Database.open(paths.db_path, paths.backup_dir)
    with db.uow() as uow:
        pipeline = ensure_default_pipeline(uow, "vi")
    now = dt.datetime.now(dt.UTC)
    with db.uow() as uow:
        s = uow.session
        account = Account(name="Công ty Đông Á", tax_code="0101234567")
        s.add(account)
        s.flush()
        contact = Contact(
            full_name="Nguyễn Văn An",
            title="Giám đốc",
            account_id=account.id,
            lifecycle_stage="lead",
            source="Website",
        )
        s.add(contact)
        s.flush()
        deal = Deal(
            title="Máy lọc nước",
            account_id=account.id,
            contact_id=contact.id,
            pipeline_id=uuid.UUID(pipeline.id),
            stage_id=uuid.UUID(pipeline.stages[0].id),
            status="open",
            amount=Decimal("12000000"),
            source="Giới thiệu",
        )
        s.add(deal)
        s.flush()
        s.add(
            Activity(
                type="call",
                subject="Gọi tư vấn",
                done_at=now - dt.timedelta(days=3),
                account_id=account.id,
                contact_id=contact.id,
                deal_id=deal.id,
            )
        )
        ids = {"deal": str(deal.id), "contact": str(contact.id)}
        uow.commit()
    with db.uow() as uow:
        segments.recompute(uow, now.astimezone().date(), now)
    db.close()
    return ids


def _idle(qtbot: QtBot, gui: Any) -> None:
    qtbot.waitUntil(lambda: not gui.runner.running(), timeout=10_000)


def test_the_score_and_its_points_follow_the_rules_set_in_settings(
    qtbot: QtBot, paths: AppPaths, start: Callable[..., Any]
) -> None:
    ids = _lead_and_deal(paths)
    gui = start()
    _idle(qtbot, gui)
    window = gui.window
    page = window.deal_nav.page

    window.open_record("deal", ids["deal"])
    qtbot.waitUntil(lambda: page.lead_score.isVisible(), timeout=10_000)
    assert page.lead_score.text() == DEAL_TEXT.format(score=55, company="+10")

    # A lead's own page shows its score too (fit from itself, the website, the open deal).
    window.open_record("contact", ids["contact"])
    detail = window.contacts_page.detail
    qtbot.waitUntil(lambda: detail.lead_score.isVisible(), timeout=10_000)
    assert detail.lead_score.text() == (
        "Lead score 60 — job title +5, works at a company +10, company tax code +5, "
        "came from the website +10, activity in 14 days +20, open deal +10"
    )

    # Settings: "works at a company" is worth 30 points now; save recomputes the scores.
    window.select_page(window.pages.index(window.settings_page))
    box = window.settings_page.lead_scoring_box
    qtbot.waitUntil(box.isEnabled, timeout=10_000)
    spin = box.spins["at_company"]
    assert spin.value() == 10
    assert box.labels["at_company"].text() == "Works at a company:"
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "30")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.text().startswith("Saved"), timeout=10_000)
    assert box.status.text() == "Saved; 2 scores recomputed."

    window.open_record("deal", ids["deal"])
    qtbot.waitUntil(
        lambda: page.lead_score.text() == DEAL_TEXT.format(score=75, company="+30"),
        timeout=10_000,
    )
    _idle(qtbot, gui)


def test_an_account_page_shows_no_lead_score(
    qtbot: QtBot, paths: AppPaths, start: Callable[..., Any]
) -> None:
    _lead_and_deal(paths)
    gui = start()
    _idle(qtbot, gui)
    page = gui.window.accounts_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.is_loading)
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.open_current()
    qtbot.waitUntil(lambda: page.detail.view is not None, timeout=10_000)
    _idle(qtbot, gui)
    assert not page.detail.lead_score.isVisible()
