"""Opening hours, national holidays and time zones ("open now")."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from channels import schedule

UTC = datetime.UTC


def at(year, month, day, hour, minute, zone):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=zoneinfo.ZoneInfo(zone))


def is_open(moment, hours, zone="America/Sao_Paulo", **kwargs):
    kwargs.setdefault("open_24h", False)
    return schedule.is_open(moment, time_zone=zone, hours=hours, **kwargs)


def test_acre_at_half_past_eleven_uses_acre_time():
    # Tuesday 11 March 2025, 23:30 in Rio Branco (UTC-5) is already Wednesday 01:30 in
    # Brasília time: an evening shift open until midnight in Acre is open.
    moment = at(2025, 3, 11, 23, 30, "America/Rio_Branco")
    assert moment.astimezone(UTC) == datetime.datetime(2025, 3, 12, 4, 30, tzinfo=UTC)
    evening = "mo-fr 18:00-24:00"
    assert is_open(moment, evening, "America/Rio_Branco")
    # The same instant judged in São Paulo's zone would be closed (01:30 on Wednesday).
    assert not is_open(moment, evening, "America/Sao_Paulo")
    # Office hours are closed at 23:30 in Acre, though open at 10:30 Acre time (12:30 in SP).
    assert not is_open(moment, "mo-fr 08:00-18:00", "America/Rio_Branco")
    assert is_open(
        at(2025, 3, 11, 10, 30, "America/Rio_Branco"), "mo-fr 08:00-11:00", "America/Rio_Branco"
    )
    assert not is_open(at(2025, 3, 11, 10, 30, "America/Rio_Branco"), "mo-fr 08:00-11:00")


def test_each_brazilian_zone_counts():
    moment = datetime.datetime(2025, 3, 12, 11, 30, tzinfo=UTC)  # 08:30 in São Paulo
    hours = "mo-fr 08:00-09:00"
    assert is_open(moment, hours, "America/Sao_Paulo")
    assert not is_open(moment, hours, "America/Manaus")  # 07:30
    assert not is_open(moment, hours, "America/Noronha")  # 09:30
    assert not is_open(moment, hours, "America/Rio_Branco")  # 06:30


def test_national_holidays_close_unless_the_channel_opens_on_them():
    good_friday = at(2025, 4, 18, 10, 0, "America/Sao_Paulo")
    assert schedule.is_holiday(good_friday.date())
    assert not is_open(good_friday, "mo-fr 08:00-18:00")
    assert is_open(good_friday, "mo-fr 08:00-18:00", closed_on_holidays=False)
    # The Thursday before is a normal day.
    assert is_open(at(2025, 4, 17, 10, 0, "America/Sao_Paulo"), "mo-fr 08:00-18:00")
    # Black Awareness Day became a national holiday in 2024.
    assert schedule.is_holiday(datetime.date(2024, 11, 20))
    assert not schedule.is_holiday(datetime.date(2023, 11, 20))
    # A holiday is judged in the channel's own zone: 23:30 on 6 September in Acre is
    # already 7 September (Independence Day) in Brasília, but not in Acre.
    moment = at(2025, 9, 6, 23, 30, "America/Rio_Branco")
    assert is_open(moment, "sa 18:00-24:00", "America/Rio_Branco")


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, datetime.date(2024, 3, 31)),
        (2025, datetime.date(2025, 4, 20)),
        (2026, datetime.date(2026, 4, 5)),
        (2038, datetime.date(2038, 4, 25)),
    ],
)
def test_easter_and_good_friday(year, easter):
    assert schedule.easter_sunday(year) == easter
    assert easter - datetime.timedelta(days=2) in schedule.national_holidays(year)


def test_fixed_holidays():
    days = schedule.national_holidays(2026)
    for month, day in [
        (1, 1),
        (4, 21),
        (5, 1),
        (9, 7),
        (10, 12),
        (11, 2),
        (11, 15),
        (11, 20),
        (12, 25),
    ]:
        assert datetime.date(2026, month, day) in days
    assert len(days) == 10
    # Carnival and Corpus Christi are optional days off, not holidays.
    assert datetime.date(2026, 2, 17) not in days


def test_overnight_shift_and_24_hours_and_suspension():
    saturday_1am = at(2025, 3, 15, 1, 0, "America/Sao_Paulo")
    assert is_open(saturday_1am, "fr 22:00-02:00")
    assert not is_open(saturday_1am, "sa 22:00-02:00")
    assert is_open(saturday_1am, "", open_24h=True)
    assert not is_open(saturday_1am, "", open_24h=True, active=False)
    assert not is_open(saturday_1am, "")


def test_hours_are_validated_and_described():
    with pytest.raises(ValidationError, match="segunda"):
        schedule.parse_hours("segunda 08:00-12:00")
    with pytest.raises(ValidationError):
        schedule.parse_hours("mo 25:00-26:00")
    assert schedule.normalise_hours("Mo-Fr  08:00-18:00\nSA 09:00-13:00") == (
        "mo-fr 08:00-18:00; sa 09:00-13:00"
    )
    described = schedule.describe_hours("mo,we 08:00-12:00; mo 14:00-24:00")
    with translation.override("en"):
        labels = [(str(day), times) for day, times in described]
    assert labels == [
        ("Monday", "08:00\u201312:00, 14:00\u201324:00"),
        ("Wednesday", "08:00\u201312:00"),
    ]
    assert [interval.weekday for interval in schedule.parse_hours("sa-mo 10:00-11:00")] == [5, 6, 0]
