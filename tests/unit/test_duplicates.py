"""Finding duplicates: which records are grouped, with which score and reasons."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import update

from desktop_crm.services import contacts
from desktop_crm.services.contacts import AccountInput, Address, ContactInput, Labeled
from desktop_crm.services.duplicates import (
    DuplicateGroup,
    DuplicateSearchCancelledError,
    company_core,
    find_duplicate_groups,
)
from desktop_crm.store.database import Database
from desktop_crm.store.models import ContactPoint


def _account(db: Database, name: str, **kw: object) -> str:
    with db.uow() as uow:
        return contacts.create_account(uow, AccountInput(name=name, **kw)).id  # type: ignore[arg-type]


def _contact(db: Database, name: str, **kw: object) -> str:
    with db.uow() as uow:
        return contacts.create_contact(uow, ContactInput(full_name=name, **kw)).id  # type: ignore[arg-type]


def _group_of(groups: list[DuplicateGroup], record_id: str) -> DuplicateGroup | None:
    found = [g for g in groups if record_id in g.ids]
    assert len(found) <= 1
    return found[0] if found else None


def test_same_phone_written_differently_is_one_group(db: Database) -> None:
    a = _contact(db, "Trần Văn Bình", phones=(Labeled("0903 123 456"),))
    b = _contact(db, "Tran Van Binh", phones=(Labeled("+84 903 123 456"),))
    c = _contact(db, "Lê Thị Hoa", phones=(Labeled("0912 345 678"),))
    with db.uow() as uow:
        groups = find_duplicate_groups(uow, "contact")
    group = _group_of(groups, a)
    assert group is not None and set(group.ids) == {a, b}
    assert group.score == 90
    assert "same phone +84903123456" in [r.text for r in group.reasons]
    assert _group_of(groups, c) is None


def test_a_phone_stored_before_normalisation_still_matches(db: Database) -> None:
    a = _contact(db, "Phạm Minh Châu", phones=(Labeled("0903 123 456"),))
    b = _contact(db, "Pham Minh Chau", phones=(Labeled("0988 000 111"),))
    with db.uow() as uow:  # an old import wrote the raw text
        uow.session.execute(
            update(ContactPoint)
            .where(ContactPoint.contact_id == uuid.UUID(b))
            .values(value="84 903 123 456")
        )
        uow.commit()
    groups = find_duplicate_groups(db, "contact")
    group = _group_of(groups, a)
    assert group is not None and set(group.ids) == {a, b}


def test_same_email_whatever_its_case(db: Database) -> None:
    a = _contact(db, "Đỗ Quang Huy", emails=(Labeled("huy.do@minhphat.vn"),))
    b = _contact(db, "Huy Do", emails=(Labeled("Huy.Do@MINHPHAT.vn"),))
    groups = find_duplicate_groups(db, "contact")
    group = _group_of(groups, a)
    assert group is not None and set(group.ids) == {a, b} and group.score == 95
    assert group.reasons[0].text.startswith("same e-mail ")


def test_a_shared_office_line_between_two_people_counts_less(db: Database) -> None:
    _contact(db, "Võ Thị Lan", phones=(Labeled("028 3823 4567"),))
    _contact(db, "Bùi Đức Thắng", phones=(Labeled("028 3823 4567"),))
    assert find_duplicate_groups(db, "contact", threshold=85) == []
    (group,) = find_duplicate_groups(db, "contact", threshold=60)
    assert group.score == 70 and "but different names" in group.reasons[0].text


def test_same_tax_code_groups_accounts(db: Database) -> None:
    a = _account(db, "Công ty TNHH Thương mại Đông Á", tax_code="0100101072")
    b = _account(db, "Dong A Trading Co., Ltd", tax_code="0100 101 072")
    _account(db, "Công ty Cổ phần Sông Hồng", tax_code="0100109106")
    (group,) = find_duplicate_groups(db, "account")
    assert set(group.ids) == {a, b} and group.score == 100
    assert group.reasons[0].text == "same tax code 0100101072"


def test_similar_company_names_but_different_tax_codes_are_two_companies(db: Database) -> None:
    _account(db, "Công ty TNHH Minh Phát", tax_code="0100101072")
    _account(db, "Công ty Cổ phần Minh Phát", tax_code="0100109106")
    assert find_duplicate_groups(db, "account") == []
    assert company_core("Công ty TNHH Minh Phát") == "minh phat"


def test_similar_company_names_and_their_provinces(db: Database) -> None:
    a = _account(db, "Công ty TNHH Minh Phát", address=Address(province="Hà Nội"))
    b = _account(db, "CONG TY TNHH MINH PHAT", address=Address(province="Hà Nội"))
    c = _account(db, "Minh Phát JSC", address=Address(province="Đà Nẵng"))
    d = _account(db, "Công ty TNHH Thực phẩm Nhật Lộc", address=Address(province="Hà Nội"))
    (group,) = find_duplicate_groups(db, "account")
    assert set(group.ids) == {a, b, c} and d not in group.ids
    assert [r.text for r in group.reasons] == [
        "similar name 100",
        "similar name 100, in different provinces",
    ]
    assert [r.score for r in group.reasons] == [100, 90]
    (strict,) = find_duplicate_groups(db, "account", threshold=95)
    assert set(strict.ids) == {a, b}


def test_vietnamese_name_with_and_without_diacritics_at_the_same_company(db: Database) -> None:
    account = _account(db, "Công ty Cổ phần Sông Hồng")
    a = _contact(db, "Nguyễn Thị Ánh Dương", account_id=account)
    b = _contact(db, "Nguyen Thi Anh Duong", account_id=account)
    (group,) = find_duplicate_groups(db, "contact")
    assert set(group.ids) == {a, b} and group.score == 100
    assert group.reasons[0].text == "similar name 100 at the same company"
    assert {m.company for m in group.members} == {"Công ty Cổ phần Sông Hồng"}


def test_word_order_and_a_missing_middle_name_still_match(db: Database) -> None:
    account = _account(db, "Công ty Cổ phần Sông Hồng")
    a = _contact(db, "Nguyễn Văn Hùng", account_id=account)
    b = _contact(db, "Nguyen Van Hung", account_id=account, family_name="Nguyen", given_name="Hung")
    c = _contact(db, "Hung Nguyen Van", account_id=account, given_name="Hung")
    (group,) = find_duplicate_groups(db, "contact")
    assert set(group.ids) == {a, b, c}


def test_common_names_at_different_companies_are_not_duplicates(db: Database) -> None:
    first = _account(db, "Công ty Cổ phần Sông Hồng")
    second = _account(db, "Công ty TNHH Minh Phát")
    _contact(db, "Nguyễn Văn An", account_id=first, phones=(Labeled("0903 111 222"),))
    _contact(db, "Nguyễn Văn An", account_id=second, phones=(Labeled("0903 333 444"),))
    _contact(db, "Nguyễn Văn An")  # B2C, no company
    _contact(db, "Nguyen Van An")
    assert find_duplicate_groups(db, "contact") == []


def test_other_given_names_at_the_same_company_are_other_people(db: Database) -> None:
    account = _account(db, "Công ty Cổ phần Sông Hồng")
    _contact(db, "Nguyễn Văn An", account_id=account)
    _contact(db, "Nguyễn Văn Anh", account_id=account)
    _contact(db, "Trần Văn Hùng", account_id=account)
    _contact(db, "Trần Văn Hưng", account_id=account)  # folds alike, but the marks differ
    assert find_duplicate_groups(db, "contact") == []


def test_groups_are_connected_components_and_deleted_records_are_ignored(db: Database) -> None:
    a = _contact(db, "Lý Thu Trang", phones=(Labeled("0903 123 456"),))
    b = _contact(
        db, "Ly Thu Trang", phones=(Labeled("0903 123 456"),), emails=(Labeled("trang@example.vn"),)
    )
    c = _contact(db, "Trang Ly", emails=(Labeled("trang@example.vn"),))
    gone = _contact(db, "Lý Thu Trang", emails=(Labeled("trang@example.vn"),))
    with db.uow() as uow:
        contacts.delete_contact(uow, gone)
    (group,) = find_duplicate_groups(db, "contact")
    assert set(group.ids) == {a, b, c}  # a-b by phone, b-c by e-mail
    assert group.score == 95
    assert len(group.reasons) == 2


def test_threshold_progress_and_cancel(db: Database) -> None:
    account = _account(db, "Công ty Cổ phần Sông Hồng")
    _contact(db, "Nguyễn Thị Ánh Dương", account_id=account)
    _contact(db, "Nguyễn Ánh Dương", account_id=account)
    reports: list[tuple[str, int, int]] = []
    groups = find_duplicate_groups(
        db, "contact", threshold=70, progress=lambda *a: reports.append(a)
    )
    assert len(groups) == 1 and 70 <= groups[0].score < 100
    assert find_duplicate_groups(db, "contact", threshold=groups[0].score + 1) == []
    assert reports[0][0] == "loading" and reports[-1] == ("groups", 1, 1)
    with pytest.raises(DuplicateSearchCancelledError):
        find_duplicate_groups(db, "contact", cancel=lambda: True)


def test_unknown_kind_is_a_bug(db: Database) -> None:
    with pytest.raises(ValueError):
        find_duplicate_groups(db, "deal")  # type: ignore[arg-type]
