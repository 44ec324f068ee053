"""FYI parsing on bodies shaped like IBKR's recorded answers (sans-I/O)."""

from __future__ import annotations

import datetime as dt

import pytest
from flowdriver import Script

from ibkr_webapi._exceptions import UnexpectedResponse
from ibkr_webapi.notifications import (
    mark_read_flow,
    parse_delivery,
    parse_disclaimer,
    parse_notifications,
    parse_settings,
    parse_unread,
    set_setting_flow,
)

HTML = '<p>There may be ETFs with <b>lower fees</b>. <a href="https://example.invalid">More</a></p>'


def test_notifications_typed_and_html_kept_raw() -> None:
    body = [
        {"R": 1, "D": "1775041875.0", "MS": "IBKR FYI: Mutual Fund/ETF Advisory", "MD": HTML,
         "ID": "2026040190532092", "HT": 0, "FC": "MF"},
        {"R": "0", "D": "1775000000000", "MS": "Option Expiration", "MD": "Expiring in 3 days.",
         "ID": "2026040100000001", "HT": 0, "FC": "OE"},
        {"MS": "no id: skipped"},
    ]  # fmt: skip
    read, unread = parse_notifications(body)
    assert (read.id, read.read, read.code, read.body) == ("2026040190532092", True, "MF", HTML)
    assert read.date == dt.datetime.fromtimestamp(1775041875, tz=dt.UTC)
    assert unread.read is False and unread.date == dt.datetime.fromtimestamp(1775000000, tz=dt.UTC)
    assert read.raw["HT"] == 0
    assert parse_notifications(None) == ()
    with pytest.raises(UnexpectedResponse):
        parse_notifications({"error": "x"})


def test_unread_settings_disclaimer_delivery() -> None:
    assert parse_unread({"BN": 4}) == 4
    with pytest.raises(UnexpectedResponse):
        parse_unread({})
    settings = parse_settings([
        {"FC": "BA", "H": 1, "A": 1, "FD": "Shares located.", "FN": "Borrow Availability"},
        {"FC": "OE", "H": 0, "A": 0, "FD": "Expiry.", "FN": "Option or Future expiration"},
        {"FC": "SM", "H": 0, "FD": "System.", "FN": "System Messages"},
    ])  # fmt: skip
    assert [(s.code, s.enabled, s.disclaimer_read, s.can_toggle) for s in settings] == [
        ("BA", True, True, True), ("OE", False, False, True), ("SM", None, False, False)]  # fmt: skip
    d = parse_disclaimer(
        {"FC": "BA", "DT": "This communication is provided for information purposes only."}, "BA"
    )
    assert d.code == "BA" and d.text.startswith("This communication")
    options = parse_delivery({"E": [{"NM": "Phone", "I": "dev-1", "UI": "Phone UI", "A": 1}], "M": 0})
    assert options.email_enabled is False and options.devices[0].device_id == "dev-1"
    assert options.devices[0].enabled is True


def test_mark_read_and_toggle_send_the_right_requests() -> None:
    script = Script({
        "mark_fyi_notification_read": lambda kw: {"V": 1, "T": 5, "P": {"R": 1, "ID": kw["notification_id"]}},
        "set_fyi_setting": lambda kw: {"V": 1, "T": 10},
    })  # fmt: skip
    assert script.run(mark_read_flow("2026040190532092")) is True
    assert script.calls[0] == ("mark_fyi_notification_read", {"notification_id": "2026040190532092"})
    script.run(set_setting_flow("oe", False))
    op, kwargs = script.calls[1]
    assert op == "set_fyi_setting" and kwargs["typecode"] == "OE"
    assert kwargs["body"].to_dict() == {"enabled": False}
