"""Names, places, products and phrases the demo data is drawn from."""

from __future__ import annotations

from desktop_crm.domain.enums import ActivityType, CareCategory
from desktop_crm.services.demo.rng import Weighted as _Weighted

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
