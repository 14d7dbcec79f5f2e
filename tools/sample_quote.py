"""A realistic quote made through the services, for the README picture and the benchmark.

    from tools.sample_quote import build_sample_quote
    quote_id = build_sample_quote(db)                  # 6 lines, Vietnamese, with a logo
    quote_id = build_sample_quote(db, extra_lines=194)  # a 200-line quote

Writes into the given (temporary) database: the seller's company profile with a logo, a
salesperson, a customer company with its contact person, a deal, a small catalogue and one
quote. Tests keep their own fixtures (tests/quote_fixtures.py); this module is for tools and
benchmarks only.
"""

from __future__ import annotations

import datetime as dt
import io

from desktop_crm.services import catalogue, company, contacts, deals, quotes
from desktop_crm.services.catalogue import ProductInput
from desktop_crm.services.company import CompanyProfileData
from desktop_crm.services.contacts import AccountInput, Address, ContactInput, Labeled
from desktop_crm.services.deals import DealInput
from desktop_crm.services.pipelines import ensure_default_pipeline
from desktop_crm.services.quotes import LineInput, QuoteInput
from desktop_crm.store.database import Database
from desktop_crm.store.models import User

NOW = dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC)
TODAY = dt.date(2026, 11, 20)

PRODUCTS = (
    ProductInput(
        "TD-400A",
        "Tủ điện phân phối tổng 400A, vỏ thép sơn tĩnh điện IP54",
        "18500000",
        "VND",
        "10",
        "bộ",
    ),
    ProductInput(
        "ACB-3P-630", "Máy cắt không khí ACB 3 pha 630A, 50kA", "42800000", "VND", "10", "cái"
    ),
    ProductInput("MCCB-3P-100", "Aptomat khối MCCB 3 pha 100A", "2350000", "VND", "10", "cái"),
    ProductInput("CAP-CU-4x16", "Cáp đồng Cu/XLPE/PVC 4x16mm² 0,6/1kV", "215500", "VND", "8", "m"),
    ProductInput(
        "DH-DT3", "Đồng hồ đa năng đo điện năng 3 pha, cổng RS485", "3950000", "VND", "10", "cái"
    ),
    ProductInput("LD-GIO", "Nhân công lắp đặt và nghiệm thu", "450000", "VND", "0", "giờ"),
    ProductInput("BT-NAM", "Gói bảo trì định kỳ 12 tháng", "12000000", "VND", "8", "gói"),
)


def logo_png() -> bytes:
    """A small company logo (a blue disc with a lightning bolt), drawn with Pillow."""
    from PIL import Image, ImageDraw

    size = 240
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, size - 4, size - 4), fill=(31, 78, 121, 255))
    draw.ellipse((22, 22, size - 22, size - 22), outline=(255, 255, 255, 255), width=6)
    bolt = [(132, 40), (72, 130), (112, 130), (96, 200), (170, 100), (128, 100), (150, 40)]
    draw.polygon(bolt, fill=(255, 196, 37, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


SAMPLE_LINES = 6  # the lines of the sample before any ``extra_lines``


def _lines(product_ids: dict[str, str], extra: int) -> tuple[LineInput, ...]:
    def product(sku: str, quantity: str, discount: str = "0") -> LineInput:
        item = next(p for p in PRODUCTS if p.sku == sku)
        return LineInput(
            item.name,
            quantity,
            str(item.unit_price),
            item.unit,
            discount,
            str(item.vat_rate),
            product_ids[sku],
        )

    lines = [
        product("TD-400A", "2", "5"),
        product("ACB-3P-630", "1"),
        product("MCCB-3P-100", "6"),
        product("CAP-CU-4x16", "125.5", "2.5"),
        LineInput(
            "Lắp đặt, đấu nối và nghiệm thu hệ thống tủ điện tại công trường, bao gồm vận "
            "chuyển vật tư trong phạm vi 30 km và hướng dẫn vận hành cho nhân viên kỹ thuật "
            "của Quý khách",
            "16",
            "450000",
            "giờ",
            "0",
            "0",
        ),
        product("BT-NAM", "1"),
    ]
    lines += [
        LineInput(
            f"Hạng mục bổ sung {n}: thiết bị đóng cắt trung thế loại {n % 7 + 1}, kèm phụ "
            "kiện đấu nối, giá đỡ và tài liệu hướng dẫn bằng tiếng Việt",
            str(n % 5 + 1),
            str(1_250_000 + n * 1000),
            "bộ",
            str(n % 3),
            ("0", "5", "8", "10")[n % 4],
        )
        for n in range(1, extra + 1)
    ]
    return tuple(lines)


def build_sample_quote(db: Database, *, extra_lines: int = 0, language: str = "vi") -> str:
    """Fill ``db`` (an empty, migrated database) and create one quote; return its id."""
    with db.uow() as uow:
        company.save_profile(
            uow,
            CompanyProfileData(
                name="Công ty Cổ phần Điện Sông Hồng",
                tax_code="0101234565",
                phone="024 3826 1234",
                email="kinhdoanh@songhong.vn",
                website="songhong.vn",
                street="Số 12 Phố Tràng Tiền",
                ward="Phường Tràng Tiền",
                district="Quận Hoàn Kiếm",
                province="Hà Nội",
                bank_account="0011004455667",
                bank_name="Vietcombank – Chi nhánh Hà Nội",
                logo_png=logo_png(),
            ),
        )
    with db.uow() as uow:
        ensure_default_pipeline(uow, "vi")
    with db.uow() as uow:
        # There is no user service yet: the salesperson is one row, as the demo data makes it.
        user = User(name="Trần Văn Bình")
        uow.session.add(user)
        uow.commit()
        user_id = str(user.id)
    with db.uow() as uow:
        account = contacts.create_account(
            uow,
            AccountInput(
                name="Công ty TNHH Thương mại Đông Á",
                tax_code="0309876547",
                phones=(Labeled("028 3829 5566"),),
                emails=(Labeled("muahang@donga.com.vn"),),
                address=Address("45 Nguyễn Huệ", "Phường Bến Nghé", "Quận 1", "TP Hồ Chí Minh"),
            ),
        )
    with db.uow() as uow:
        person = contacts.create_contact(
            uow, ContactInput(full_name="Nguyễn Thị Ánh Dương", account_id=account.id)
        )
    with db.uow() as uow:
        deal = deals.create_deal(
            uow,
            DealInput(
                title="Trạm biến áp kho Bình Dương",
                account_id=account.id,
                contact_id=person.id,
                amount="250000000",
                owner_id=user_id,
            ),
            NOW,
            user_id,
        )
    product_ids: dict[str, str] = {}
    with db.uow() as uow:
        for item in PRODUCTS:
            product_ids[item.sku] = catalogue.save_product(uow, item)
    with db.uow() as uow:
        record = quotes.create_quote(
            uow,
            QuoteInput(
                issue_date=TODAY,
                deal_id=deal.id,
                currency="VND",
                language=language,
                valid_until=TODAY + dt.timedelta(days=30),
                payment_terms="Tạm ứng 50% khi ký hợp đồng; 50% còn lại trong 15 ngày sau khi "
                "nghiệm thu và nhận hóa đơn GTGT.",
                delivery_terms="Giao hàng trong 20 ngày làm việc tại kho Bình Dương.",
                notes="Giá đã bao gồm vận chuyển trong phạm vi 30 km. Bảo hành 24 tháng.",
                discount_percent="3",
                lines=_lines(product_ids, extra_lines),
            ),
            NOW,
            user_id,
        )
    return record.id
