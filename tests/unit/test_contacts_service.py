from __future__ import annotations

import pytest

from desktop_crm.domain.contact_rules import FieldError, normalize_phone, normalize_tax_code
from desktop_crm.services import contacts
from desktop_crm.services.contacts import AccountInput, ContactInput, Labeled
from desktop_crm.store.database import Database


@pytest.mark.parametrize(
    "typed", ["0903 123 456", "+84 903 123 456", "84903123456", "0903.123.456"]
)
def test_every_way_of_writing_a_vietnamese_mobile_is_one_number(typed: str) -> None:
    assert normalize_phone(typed) == "+84903123456"


def test_bad_values_name_their_field() -> None:
    with pytest.raises(FieldError) as caught:
        normalize_phone("12345")
    assert caught.value.field == "phone" and "12345" in caught.value.message
    with pytest.raises(FieldError) as caught:
        normalize_tax_code("0100101073")  # wrong check digit
    assert caught.value.field == "tax_code"
    assert normalize_tax_code("0100101072-001") == "0100101072-001"


def test_create_read_update_delete_a_contact_with_an_account(db: Database) -> None:
    with db.uow() as uow:
        account = contacts.create_account(
            uow, AccountInput(name="Công ty TNHH Thương mại Đông Á", tax_code="0100101072")
        )
    with db.uow() as uow:
        created = contacts.create_contact(
            uow,
            ContactInput(
                full_name="  Nguyễn Thị   Ánh Dương ",
                account_id=account.id,
                phones=(Labeled("0903 123 456", "mobile"), Labeled("+84903123456")),
                emails=(Labeled("Duong.Nguyen@DongA.VN"),),
                tags=("VIP", "Hà Nội"),
                marketing_consent=True,
            ),
        )
    assert created.full_name == "Nguyễn Thị Ánh Dương"
    assert (created.family_name, created.middle_name, created.given_name) == (
        "Nguyễn",
        "Thị Ánh",
        "Dương",
    )
    assert created.phones == (Labeled("+84903123456", "mobile"),)  # the same number once
    assert created.emails == (Labeled("Duong.Nguyen@donga.vn"),)
    assert created.account_name == "Công ty TNHH Thương mại Đông Á"
    assert created.tags == ("Hà Nội", "VIP")
    assert created.consent_at is not None
    with db.uow() as uow:
        stored = uow.session.get(contacts.Contact, contacts.uuid.UUID(created.id))
        assert stored is not None
        assert "nguyen thi anh duong" in stored.search_text
        assert "0903123456" in stored.search_text and "cong ty tnhh" in stored.search_text

    with db.uow() as uow:
        updated = contacts.update_contact(
            uow, created.id, ContactInput(full_name="Nguyễn Thị Ánh Dương", tags=("VIP",))
        )
    assert updated.phones == () and updated.tags == ("VIP",) and updated.account_id is None
    with db.uow() as uow:
        contacts.delete_contact(uow, created.id)
    with db.uow() as uow, pytest.raises(contacts.NotFoundError):
        contacts.get_contact(uow, created.id)


def test_only_a_name_is_required_and_nothing_is_written_on_error(db: Database) -> None:
    with db.uow() as uow, pytest.raises(FieldError) as caught:
        contacts.create_contact(uow, ContactInput(full_name="   "))
    assert caught.value.field == "full_name"
    with db.uow() as uow, pytest.raises(FieldError):
        contacts.create_contact(uow, ContactInput(full_name="A", emails=(Labeled("not-mail"),)))
    with db.uow() as uow:
        from desktop_crm.store.queries import count_live

        assert count_live(uow.session, contacts.Contact) == 0
