"""Dates and money in the agreement's locale: `1 April 2026`, `£135,000`, `NZ$4,200,000`."""

from __future__ import annotations

from datetime import date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# The symbol a reader in the UK, New Zealand or Australia recognises without doubt: dollars are
# always qualified, because an agreement may cross the Tasman or be read abroad.
CURRENCY_PREFIX: dict[str, str] = {
    "GBP": "£", "NZD": "NZ$", "AUD": "A$", "USD": "US$", "CAD": "C$", "EUR": "€",
}


def format_date(value: date | None, locale: str = "en-GB") -> str:
    """A date as people write it in the locale: `1 April 2026` (`April 1, 2026` for en-US)."""
    if value is None:
        return ""
    month = MONTHS[value.month - 1]
    if locale.lower() in ("en-us", "en-ph"):
        return f"{month} {value.day}, {value.year}"
    return f"{value.day} {month} {value.year}"


def format_number(amount: float | int) -> str:
    """Digits grouped by thousands; pence/cents only when there are any."""
    if float(amount).is_integer():
        return f"{int(amount):,}"
    return f"{amount:,.2f}"


def format_money(amount: float | int | None, currency: str | None) -> str:
    """An amount with its currency: `£135,000`, `NZ$4,200,000`, `A$50,000`, `CHF 1,000`."""
    if amount is None:
        return ""
    number = format_number(amount)
    if not currency:
        return number
    prefix = CURRENCY_PREFIX.get(currency.upper())
    if prefix is None:
        return f"{currency.upper()} {number}"
    return f"{prefix}{number}"


def format_days(days: int | None) -> str:
    """`1 day`, `90 days`."""
    if days is None:
        return ""
    return f"{days} day" + ("" if days == 1 else "s")


def format_months(months: int | None) -> str:
    """`1 month`, `12 months`."""
    if months is None:
        return ""
    return f"{months} month" + ("" if months == 1 else "s")
