"""The window's language: Qt translators, Qt's default locale and babel's formatting locale.

One language is active at a time. ``Translations.apply`` swaps the translators; Qt then sends
``QEvent.LanguageChange`` to every widget, whose ``changeEvent`` sets its texts again.
Numbers, money and dates are formatted by babel in the same language. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency, format_decimal
from babel.numbers import format_percent as format_percent_babel
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_crm.domain.money import Money
from desktop_crm.errors import UserError
from desktop_crm.paths import resources_dir
from desktop_crm.settings import LANGUAGES

log = logging.getLogger(__name__)

# Each language is named in itself, so it can be found whatever the current language is.
LANGUAGE_NAMES = {"en": "English", "vi": "Tiếng Việt"}
_BABEL_LOCALES = {"en": "en_US", "vi": "vi_VN"}
_QT_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
}
TRANSLATIONS_DIR_NAME = "translations"

_current = "en"


def translations_dir() -> str:
    return str(resources_dir() / TRANSLATIONS_DIR_NAME)


def current_language() -> str:
    return _current


def babel_locale() -> str:
    return _BABEL_LOCALES[_current]


class Translations:
    """The translators installed on the application for the current language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> None:
        """Switch every text, Qt's default locale and babel's locale to ``language``."""
        global _current
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist first"
        self.remove()
        _current = language
        QLocale.setDefault(QLocale(*_QT_LOCALES[language]))
        candidates = [
            (f"desktop_crm_{language}", translations_dir()),
            # Qt's own texts (standard buttons, file dialogs), where the wheel ships them.
            (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ]
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.info("no translation %s in %s", name, folder)

    def remove(self) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()


def translate_error(exc: UserError) -> str:
    """The message of a ``UserError`` in the current language."""
    template = QCoreApplication.translate("errors", exc.template)
    # Fixed reason phrases are marked for translation too; paths and SQLite's words stay as is.
    params = {
        key: QCoreApplication.translate("errors", value) if isinstance(value, str) else value
        for key, value in exc.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the message itself.
        log.exception("translation of %r is broken", exc.template)
        return exc.message


def format_money(amount: Decimal, currency: str) -> str:
    """``amount`` rounded to the currency's minor unit (VND none, USD two), e.g. 1.234.000 ₫."""
    rounded = Money.of(amount, currency).rounded()
    return str(format_currency(rounded.amount, rounded.currency, locale=babel_locale()))


def format_number(value: int | Decimal) -> str:
    return str(format_decimal(value, locale=babel_locale()))


def format_long_date(day: dt.date) -> str:
    return str(babel_format_date(day, format="full", locale=babel_locale()))


def format_percent(fraction: Decimal) -> str:
    """``Decimal("0.25")`` -> "25%" in the current language."""
    return str(format_percent_babel(fraction, locale=babel_locale()))
