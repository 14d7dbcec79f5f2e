"""The company profile form: the letterhead printed on quotes and reports.

The form checks what it can before saving and says what is wrong in plain words; the logo is
checked when it is chosen (PNG or JPEG, at most 2 MB) and always stored as PNG.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import ROUND_UP, Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.company import MAX_LOGO_BYTES, CompanyProfileData
from desktop_crm.ui import msgbox
from desktop_crm.ui.i18n import format_number

CURRENCIES = ("VND", "USD")
LOGO_PREVIEW_SIZE = (220, 90)
LOGO_MAX_SIDE = 1200  # a converted logo too large for storage is scaled down to this
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
_TEXT_FIELDS = (
    "name",
    "tax_code",
    "phone",
    "email",
    "website",
    "street",
    "ward",
    "district",
    "province",
    "country",
    "bank_account",
    "bank_name",
)
_TAX_CODE = re.compile(r"^\d{10}(-\d{3})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_CHARS = re.compile(r"^[\d\s+().-]+$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/]+\.[^\s]+$")


class LogoProblem(Exception):
    """The chosen file cannot be the logo; the message says why, in the current language."""


class CompanyForm(QWidget):
    """Edits a ``CompanyProfileData``; ``on_change`` is called on every edit by the user."""

    def __init__(
        self, on_change: Callable[[], None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self._loaded = CompanyProfileData()
        self._logo: bytes | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for name in _TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.textEdited.connect(self._edited)
            self.fields[name] = edit
            self.labels[name] = QLabel()
            self.labels[name].setBuddy(edit)
            self.form_layout.addRow(self.labels[name], edit)
        self.fields["country"].setMaxLength(2)
        self.fields["country"].setMaximumWidth(70)
        self.currency = QComboBox()
        self.currency.setObjectName("default_currency")
        self.currency.addItems(CURRENCIES)
        self.currency.setMaximumWidth(120)
        self.currency.activated.connect(self._edited)
        self.labels["default_currency"] = QLabel()
        self.labels["default_currency"].setBuddy(self.currency)
        self.form_layout.addRow(self.labels["default_currency"], self.currency)
        self.form_layout.addRow(self._logo_row())
        self.errors_label = QLabel()
        self.errors_label.setObjectName("formErrors")
        self.errors_label.setProperty("role", "error")
        self.errors_label.setWordWrap(True)
        self.errors_label.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.errors_label)
        outer.addLayout(self.form_layout)
        self.retranslate()

    def _logo_row(self) -> QWidget:
        self.labels["logo"] = QLabel()
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(*LOGO_PREVIEW_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setProperty("role", "logo")
        self.choose_logo_button = QPushButton()
        self.choose_logo_button.setObjectName("chooseLogo")
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton()
        self.remove_logo_button.setObjectName("removeLogo")
        self.remove_logo_button.clicked.connect(self.remove_logo)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.labels["logo"])
        layout.addWidget(self.logo_preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return row

    # -- texts
    def retranslate(self) -> None:
        titles = {
            "name": self.tr("Company name"),
            "tax_code": self.tr("Tax code"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
            "street": self.tr("Street address"),
            "ward": self.tr("Ward / commune"),
            "district": self.tr("District"),
            "province": self.tr("Province / city"),
            "country": self.tr("Country code"),
            "bank_account": self.tr("Bank account"),
            "bank_name": self.tr("Bank"),
            "default_currency": self.tr("Default currency"),
            "logo": self.tr("Logo"),
        }
        for name, title in titles.items():
            self.labels[name].setText(title + ":")
        examples = {
            "name": self.tr("e.g. Công ty TNHH Thương mại Đông Á"),
            "tax_code": self.tr("10 digits, or 13 for a branch: 0101234567-001"),
            "phone": self.tr("e.g. 028 3822 1234"),
            "email": self.tr("e.g. info@congty.vn"),
            "website": self.tr("e.g. www.congty.vn"),
            "street": self.tr("e.g. 12 Lê Lợi"),
            "ward": self.tr("e.g. Phường Bến Nghé"),
            "district": self.tr("e.g. Quận 1"),
            "province": self.tr("e.g. TP. Hồ Chí Minh"),
            "country": self.tr("VN"),
            "bank_account": self.tr("e.g. 0071001234567"),
            "bank_name": self.tr("e.g. Vietcombank, CN TP. HCM"),
        }
        for name, example in examples.items():
            self.fields[name].setPlaceholderText(example)
        self.choose_logo_button.setText(self.tr("Choose logo…"))
        self.remove_logo_button.setText(self.tr("Remove logo"))
        self.choose_logo_button.setToolTip(self.tr("A PNG or JPEG picture of at most 2 MB"))
        self._show_logo()
        if self.errors_label.isVisible():
            self.validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data in and out
    def set_data(self, profile: CompanyProfileData) -> None:
        self._loaded = profile
        for name, edit in self.fields.items():
            edit.setText(getattr(profile, name) or "")
        if self.currency.findText(profile.default_currency) < 0:
            self.currency.addItem(profile.default_currency)  # keep a currency set elsewhere
        self.currency.setCurrentText(profile.default_currency)
        self._logo = profile.logo_png
        self._show_logo()
        self._show_errors([])

    def data(self) -> CompanyProfileData:
        """The profile as typed (fields the form does not show are kept as loaded)."""
        texts = {name: edit.text().strip() for name, edit in self.fields.items()}
        texts["country"] = texts["country"].upper() or "VN"
        return replace(
            self._loaded,
            **texts,
            default_currency=self.currency.currentText(),
            logo_png=self._logo,
        )

    def validate(self) -> bool:
        """Show what is wrong (and focus the first wrong field); True when all is well."""
        self._show_errors(self._problems())
        return self.errors_label.isHidden()

    def _problems(self) -> list[tuple[str, str]]:
        text = {name: edit.text().strip() for name, edit in self.fields.items()}
        problems: list[tuple[str, str]] = []
        if not text["name"]:
            problems.append(("name", self.tr("Enter the company's name.")))
        if text["tax_code"] and not _TAX_CODE.match(text["tax_code"].replace(" ", "")):
            problems.append(
                (
                    "tax_code",
                    self.tr(
                        "A tax code has 10 digits, or 13 for a branch, written 0101234567-001."
                    ),
                )
            )
        phone = text["phone"]
        digits = sum(ch.isdigit() for ch in phone)
        if phone and (not _PHONE_CHARS.match(phone) or not 8 <= digits <= 15):
            problems.append(
                (
                    "phone",
                    self.tr(
                        "A phone number has 8 to 15 digits, e.g. 028 3822 1234 or +84 90 123 4567."
                    ),
                )
            )
        if text["email"] and not _EMAIL.match(text["email"]):
            problems.append(
                (
                    "email",
                    self.tr("The e-mail address should look like info@congty.vn."),
                )
            )
        if text["website"] and not _WEBSITE.match(text["website"]):
            problems.append(
                (
                    "website",
                    self.tr("The website should look like www.congty.vn."),
                )
            )
        country = text["country"]
        if country and not (len(country) == 2 and country.isascii() and country.isalpha()):
            problems.append(
                (
                    "country",
                    self.tr("Write the country as its two-letter code, e.g. VN."),
                )
            )
        return problems

    def _show_errors(self, problems: list[tuple[str, str]]) -> None:
        wrong = {name for name, _ in problems}
        for name, edit in self.fields.items():
            edit.setProperty("invalid", name in wrong)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
        self.errors_label.setText("\n".join(message for _, message in problems))
        self.errors_label.setVisible(bool(problems))
        if problems:
            self.fields[problems[0][0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _edited(self) -> None:
        if self._on_change is not None:
            self._on_change()

    # -- logo
    @property
    def logo(self) -> bytes | None:
        return self._logo

    def choose_logo(self) -> None:
        path = msgbox.open_file(
            self, self.tr("Choose the company logo"), self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path is None:
            return
        try:
            self._logo = self.read_logo(path)
        except LogoProblem as problem:
            msgbox.warning(self, str(problem))
            return
        self._show_logo()
        self._edited()

    def remove_logo(self) -> None:
        self._logo = None
        self._show_logo()
        self._edited()

    def read_logo(self, path: Path) -> bytes:
        """The picture at ``path`` as PNG bytes of at most 2 MB; raises ``LogoProblem``."""
        name = path.name
        try:
            size = path.stat().st_size
            if size > MAX_LOGO_BYTES:
                raise LogoProblem(
                    self.tr(
                        "The file {name} is {size} MB; a logo may be at most 2 MB. Save a "
                        "smaller picture (600 pixels wide is plenty) and choose it again."
                    ).format(name=name, size=format_number(_megabytes(size)))
                )
            raw = path.read_bytes()
        except OSError as exc:
            raise LogoProblem(
                self.tr("Cannot read the file {name}: {reason}").format(
                    name=name, reason=exc.strerror or exc
                )
            ) from exc
        if not raw.startswith((_PNG_MAGIC, _JPEG_MAGIC)):
            raise LogoProblem(
                self.tr(
                    "The file {name} is not a PNG or JPEG picture. Save the logo as PNG "
                    "or JPEG and choose it again."
                ).format(name=name)
            )
        image = QImage.fromData(QByteArray(raw))
        if image.isNull():
            raise LogoProblem(
                self.tr("The file {name} cannot be read as a picture; it may be damaged.").format(
                    name=name
                )
            )
        if raw.startswith(_PNG_MAGIC):
            return raw
        png = _png_bytes(image)
        if len(png) > MAX_LOGO_BYTES:  # a photo-like JPEG grows as PNG: scale it down
            png = _png_bytes(
                image.scaled(
                    LOGO_MAX_SIDE,
                    LOGO_MAX_SIDE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        return png

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo is not None:
            pixmap.loadFromData(QByteArray(self._logo))
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            w, h = LOGO_PREVIEW_SIZE
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    w - 8,
                    h - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.remove_logo_button.setEnabled(self._logo is not None)


def _megabytes(size: int) -> Decimal:
    """Rounded up, so that a file just over the limit never reads as "2 MB"."""
    return (Decimal(size) / (1024 * 1024)).quantize(Decimal("0.1"), rounding=ROUND_UP)


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())
