"""A realistic quote to test with: a Vietnamese seller, customer, products and lines.

Shared by the quote service, export, command-line and window tests.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from desktop_crm.services import catalogue, company, quotes
from desktop_crm.services.catalogue import ProductInput
from desktop_crm.services.company import CompanyProfileData
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.services.quotes import LineInput, QuoteInput
from desktop_crm.store.database import Database
from desktop_crm.store.models import Account, Contact, Deal, User

NOW = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 20)
CUSTOMER = "Công ty TNHH Thương mại Đông Á"
PERSON = "Nguyễn Thị Ánh Dương"
SELLER = "Công ty Cổ phần Điện Sông Hồng"

PRODUCTS = (
    ProductInput("TD-400A", "Tủ điện phân phối 400A", "18500000", "VND", "10", "bộ"),
    ProductInput("CB-3P-100", "Aptomat 3 pha 100A", "2350000", "VND", "10", "cái"),
    ProductInput("CAP-CU-4", "Cáp đồng Cu/XLPE 4x16mm²", "215500", "VND", "8", "m"),
    ProductInput("LD-GIO", "Lắp đặt và nghiệm thu", "450000", "VND", "0", "giờ"),
)


def seed_parties(db: Database) -> dict[str, str]:
    """Seller profile, a user, the customer company with its contact, a deal, the catalogue."""
    with db.uow() as uow:
        company.save_profile(
            uow,
            CompanyProfileData(
                name=SELLER,
                tax_code="0101234567",
                phone="+84 24 3826 1234",
                email="kinhdoanh@songhong.vn",
                street="Số 12 Phố Tràng Tiền",
                ward="Phường Tràng Tiền",
                district="Quận Hoàn Kiếm",
                province="Hà Nội",
                bank_account="0011004455667",
                bank_name="Vietcombank – Chi nhánh Hà Nội",
            ),
        )
    with db.uow() as uow:
        pipeline = ensure_default_pipeline(uow, "vi")
        user = User(name="Trần Văn Bình")
        account = Account(
            name=CUSTOMER,
            search_text="cong ty tnhh thuong mai dong a",
            tax_code="0309876543",
            street="45 Nguyễn Huệ",
            ward="Phường Bến Nghé",
            district="Quận 1",
            province="TP Hồ Chí Minh",
        )
        uow.session.add_all([user, account])
        uow.session.flush()
        contact = Contact(
            full_name=PERSON, search_text="nguyen thi anh duong", account_id=account.id
        )
        uow.session.add(contact)
        uow.session.flush()
        deal = Deal(
            title="Trạm biến áp kho Bình Dương",
            account_id=account.id,
            contact_id=contact.id,
            pipeline_id=uuid.UUID(pipeline.id),
            stage_id=uuid.UUID(pipeline.stages[2].id),
            owner_id=user.id,
            amount=Decimal(50_000_000),
            currency="VND",
            status="open",
            stage_entered_at=NOW,
        )
        uow.session.add(deal)
        uow.session.flush()
        ids = {
            "user": str(user.id),
            "account": str(account.id),
            "contact": str(contact.id),
            "deal": str(deal.id),
            "pipeline": str(pipeline.id),
        }
        uow.commit()
    with db.uow() as uow:
        for product in PRODUCTS:
            ids[product.sku] = catalogue.save_product(uow, product)
    return ids


def sample_lines(ids: dict[str, str]) -> tuple[LineInput, ...]:
    return (
        LineInput("Tủ điện phân phối 400A", "2", "18500000", "bộ", "5", "10", ids["TD-400A"]),
        LineInput("Aptomat 3 pha 100A", "6", "2350000", "cái", "0", "10", ids["CB-3P-100"]),
        LineInput("Cáp đồng Cu/XLPE 4x16mm²", "125.5", "215500", "m", "2.5", "8", ids["CAP-CU-4"]),
        LineInput(
            "Lắp đặt, đấu nối và nghiệm thu hệ thống tủ điện tại công trường, bao gồm vận "
            "chuyển vật tư trong phạm vi 30 km và hướng dẫn vận hành cho nhân viên kỹ thuật",
            "16",
            "450000",
            "giờ",
            "0",
            "0",
        ),
    )


def make_quote(
    db: Database,
    ids: dict[str, str],
    lines: tuple[LineInput, ...] | None = None,
    *,
    language: str = "vi",
    currency: str = "VND",
    discount: str = "3",
) -> quotes.QuoteRecord:
    with db.uow() as uow:
        return quotes.create_quote(
            uow,
            QuoteInput(
                issue_date=TODAY,
                deal_id=ids["deal"],
                currency=currency,
                language=language,
                valid_until=TODAY + dt.timedelta(days=30),
                payment_terms="Thanh toán 50% khi đặt hàng, 50% trong 15 ngày sau nghiệm thu.",
                delivery_terms="Giao hàng trong 20 ngày tại kho Bình Dương.",
                notes="Giá đã bao gồm vận chuyển.",
                discount_percent=discount,
                lines=sample_lines(ids) if lines is None else lines,
            ),
            NOW,
            ids["user"],
        )


def many_lines(count: int) -> tuple[LineInput, ...]:
    """``count`` free-text lines with long Vietnamese descriptions (for paging tests)."""
    return tuple(
        LineInput(
            f"Hạng mục {n}: Thiết bị đóng cắt trung thế loại {n % 7 + 1}, kèm phụ kiện "
            f"đấu nối, giá đỡ và tài liệu hướng dẫn bằng tiếng Việt",
            str(n % 5 + 1),
            str(1_250_000 + n * 1000),
            "bộ",
            str(n % 3),
            ("0", "5", "8", "10")[n % 4],
        )
        for n in range(1, count + 1)
    )
