"""Times as the Panel reads them: stored UTC timestamps shown in the Panel's time zone, in words
("Tue 8 Dec 2026, 2:14 pm"), so no page shows a raw ISO string or a time in the wrong zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: The Panel sits in Illinois: its meetings, deadlines and audit times are Central time.
DEFAULT_TIMEZONE = "America/Chicago"
#: The environment variable that sets the Panel's time zone (an IANA name such as America/Chicago).
TIMEZONE_ENV = "COI_TIMEZONE"

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: The one format of every timestamp coi stores: UTC, to the second, ending in Z
#: ("2026-12-08T20:14:00Z"). Rows written before issue 15 may end in "+00:00": parse_timestamp reads both.
STORED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utc_stamp(moment: dt.datetime | None = None) -> str:
    """``moment`` (now when None; a naive one is UTC) as coi stores a timestamp: :data:`STORED_FORMAT`."""
    moment = moment or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime(STORED_FORMAT)


def stored_moment(stamp: str) -> dt.datetime:
    """A stored timestamp, in either format a row may hold, as an aware UTC datetime; ValueError when it is none."""
    value = parse_timestamp(stamp)
    if not isinstance(value, dt.datetime):
        raise ValueError(f"{stamp!r} is not a stored timestamp (such as 2026-12-08T20:14:00Z)")
    return value.astimezone(dt.UTC)


def zone(name: str) -> ZoneInfo:
    """The IANA time zone called ``name``, refused in plain words when there is none by that name."""
    text = (name or "").strip()
    try:
        if not text:
            raise ValueError
        return ZoneInfo(text)
    except (ValueError, ZoneInfoNotFoundError):
        raise ValueError(f"{TIMEZONE_ENV}={name!r} is not a time zone: set it to an IANA time zone name "
                         f"such as {DEFAULT_TIMEZONE}, America/New_York or UTC") from None


def _tz(settings_or_tz) -> dt.tzinfo:
    """The zone to show times in: from a Settings (its ``timezone``), a zone name, a tzinfo, or the default."""
    if settings_or_tz is None:
        return zone(DEFAULT_TIMEZONE)
    if isinstance(settings_or_tz, dt.tzinfo):
        return settings_or_tz
    if isinstance(settings_or_tz, str):
        return zone(settings_or_tz)
    return zone(getattr(settings_or_tz, "timezone"))


def parse_timestamp(ts) -> dt.datetime | dt.date | None:
    """A stored timestamp as an aware UTC datetime (or a date when it has no time), or None if it is not one.

    Stored timestamps are ISO strings in UTC, some ending in "Z" and some in "+00:00"; a naive one is UTC."""
    if ts is None:
        return None
    if isinstance(ts, dt.datetime):
        return ts if ts.tzinfo is not None else ts.replace(tzinfo=dt.UTC)
    if isinstance(ts, dt.date):
        return ts
    text = str(ts).strip()
    if not text:
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        value = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "zZ" else text)
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _day(d: dt.date) -> str:
    return f"{_DAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


def panel_time(ts, settings_or_tz=None) -> str:
    """``ts`` in the Panel's time zone, in words: "Tue 8 Dec 2026, 2:14 pm".

    Accepts ISO strings (with "Z", "+00:00" or no offset, which is UTC), datetimes and dates (shown as
    ``panel_date``); None or an empty string is "", and text that is not a timestamp is shown as given
    rather than breaking the page that shows it."""
    value = parse_timestamp(ts)
    if value is None:
        return "" if ts is None or not str(ts).strip() else str(ts)
    if not isinstance(value, dt.datetime):
        return _day(value)
    local = value.astimezone(_tz(settings_or_tz))
    hour = local.hour % 12 or 12
    return f"{_day(local)}, {hour}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}"


def panel_date(d, settings_or_tz=None) -> str:
    """A date in words: "Tue 8 Dec 2026"; a timestamp gives its day in the Panel's time zone."""
    value = parse_timestamp(d)
    if value is None:
        return "" if d is None or not str(d).strip() else str(d)
    if isinstance(value, dt.datetime):
        value = value.astimezone(_tz(settings_or_tz)).date()
    return _day(value)


def day_end(day: dt.date, settings_or_tz=None) -> str:
    """The stored timestamp (UTC, :data:`STORED_FORMAT`) at which ``day`` ends in the Panel's
    time zone: the moment before which something was done on that day or earlier."""
    midnight = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=_tz(settings_or_tz))
    return utc_stamp(midnight)


def panel_today(settings_or_tz=None, *, now: dt.datetime | None = None) -> dt.date:
    """Today's date in the Panel's time zone (``now`` for tests): a UTC evening is still the Panel's afternoon."""
    moment = now or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:  # a naive moment is UTC, as parse_timestamp reads one
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(_tz(settings_or_tz)).date()
