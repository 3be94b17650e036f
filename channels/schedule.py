"""Opening hours, Brazilian national holidays and "open now".

Hours are written one rule per line or separated by ";", with English day codes, as in
OpenStreetMap's opening_hours: ``mo-fr 08:00-18:00; sa 09:00-13:00``. A closing time
earlier than the opening time runs past midnight (``fr 22:00-02:00``). Everything is
computed in the channel's own IANA time zone, never the server's.

National holidays counted (closed unless the channel opens on holidays):
1 January, Good Friday (two days before Easter Sunday), 21 April (Tiradentes), 1 May,
7 September, 12 October, 2 November, 15 November, 20 November (Black Awareness Day,
national since Law 14,759/2023, from 2024), 25 December. Carnival and Corpus Christi are
optional days off ("pontos facultativos") for the federal service, not holidays, and
state or municipal holidays vary too much to compute: both are left out.
"""

import datetime
import re
import zoneinfo
from dataclasses import dataclass
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DAY_CODES = ["mo", "tu", "we", "th", "fr", "sa", "su"]
DAY_NAMES = [
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
]
_RULE = re.compile(
    r"^(?P<days>[a-z]{2}(?:-[a-z]{2})?(?:,[a-z]{2}(?:-[a-z]{2})?)*)\s+"
    r"(?P<opens>\d{2}:\d{2})-(?P<closes>\d{2}:\d{2})$"
)


@dataclass(frozen=True)
class Interval:
    weekday: int  # 0 = Monday
    opens: datetime.time
    closes: datetime.time  # 00:00 means midnight at the end of the day

    @property
    def crosses_midnight(self):
        return self.closes <= self.opens


def _time(text):
    hours, minutes = (int(part) for part in text.split(":"))
    if hours == 24 and minutes == 0:
        return datetime.time(0, 0)
    if hours > 23 or minutes > 59:
        raise ValueError(text)
    return datetime.time(hours, minutes)


def _days(spec):
    days = []
    for part in spec.split(","):
        if "-" in part:
            first, last = part.split("-")
            start, end = DAY_CODES.index(first), DAY_CODES.index(last)
            days += [day % 7 for day in range(start, start + (end - start) % 7 + 1)]
        else:
            days.append(DAY_CODES.index(part))
    return days


def parse_hours(text):
    """The intervals of ``text``; raises ValidationError naming the rule that is wrong."""
    intervals = []
    for rule in re.split(r"[;\n]", text or ""):
        rule = " ".join(rule.strip().lower().split())
        if not rule:
            continue
        match = _RULE.match(rule)
        try:
            if match is None:
                raise ValueError(rule)
            opens, closes = _time(match["opens"]), _time(match["closes"])
            if opens == closes and opens != datetime.time(0, 0):
                raise ValueError(rule)
            days = _days(match["days"])
        except ValueError:
            raise ValidationError(
                _('"%(rule)s" is not a rule like "mo-fr 08:00-18:00".'),
                params={"rule": rule},
                code="invalid_hours",
            ) from None
        intervals += [Interval(day, opens, closes) for day in days]
    return intervals


def validate_hours(text):
    parse_hours(text)


def normalise_hours(text):
    """One canonical spelling (lower case, "; " between rules), to compare imports."""
    rules = [" ".join(rule.strip().lower().split()) for rule in re.split(r"[;\n]", text or "")]
    return "; ".join(rule for rule in rules if rule)


def easter_sunday(year):
    """Gregorian Easter (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


@lru_cache(maxsize=64)
def national_holidays(year):
    fixed = [(1, 1), (4, 21), (5, 1), (9, 7), (10, 12), (11, 2), (11, 15), (12, 25)]
    if year >= 2024:
        fixed.append((11, 20))
    days = {datetime.date(year, month, day) for month, day in fixed}
    days.add(easter_sunday(year) - datetime.timedelta(days=2))
    return frozenset(days)


def is_holiday(day):
    return day in national_holidays(day.year)


def is_open(now, *, time_zone, open_24h, hours, closed_on_holidays=True, active=True):
    """Whether a channel is open at the aware datetime ``now``."""
    if not active:
        return False
    if open_24h:
        return True
    local = now.astimezone(zoneinfo.ZoneInfo(time_zone))
    today, clock = local.date(), local.time()
    yesterday = today - datetime.timedelta(days=1)
    intervals = parse_hours(hours) if isinstance(hours, str) else hours
    for interval in intervals:
        # A shift belongs to the day it starts on: a holiday closes that day's shifts.
        if interval.weekday == today.weekday():
            if closed_on_holidays and is_holiday(today):
                continue
            if interval.crosses_midnight and clock >= interval.opens:
                return True
            if interval.opens <= clock < interval.closes:
                return True
        if interval.weekday == yesterday.weekday() and interval.crosses_midnight:
            if closed_on_holidays and is_holiday(yesterday):
                continue
            if clock < interval.closes:
                return True
    return False


def describe_hours(hours):
    """(day name, "08:00-18:00, 19:00-22:00", with en dashes) for each day with hours."""
    by_day = {}
    for interval in parse_hours(hours):
        closes = "24:00" if interval.closes == datetime.time(0, 0) else f"{interval.closes:%H:%M}"
        by_day.setdefault(interval.weekday, []).append(f"{interval.opens:%H:%M}\u2013{closes}")
    return [(DAY_NAMES[day], ", ".join(by_day[day])) for day in sorted(by_day)]
