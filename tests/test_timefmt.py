"""Times as the Panel reads them: stored UTC timestamps in the Panel's zone, in words, never raw ISO."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from coi.settings import Settings, load_settings
from coi.timefmt import panel_date, panel_time, panel_today


def test_a_utc_timestamp_is_shown_in_chicago_time_in_words():
    assert panel_time("2026-12-08T20:14:00Z") == "Tue 8 Dec 2026, 2:14 pm"


def test_both_stored_suffixes_give_the_same_words():
    assert panel_time("2026-12-08T20:14:00+00:00") == panel_time("2026-12-08T20:14:00Z") == "Tue 8 Dec 2026, 2:14 pm"


def test_a_naive_timestamp_is_utc():
    assert panel_time("2026-12-08T20:14:00") == "Tue 8 Dec 2026, 2:14 pm"
    assert panel_time(dt.datetime(2026, 12, 8, 20, 14)) == "Tue 8 Dec 2026, 2:14 pm"


def test_an_aware_datetime_is_converted_not_relabelled():
    tokyo = dt.datetime(2026, 12, 9, 5, 14, tzinfo=ZoneInfo("Asia/Tokyo"))  # 20:14 UTC the day before
    assert panel_time(tokyo) == "Tue 8 Dec 2026, 2:14 pm"


def test_a_utc_evening_after_six_is_the_panels_same_day_but_after_midnight_utc_is_still_yesterday():
    assert panel_time("2026-12-09T02:30:00Z") == "Tue 8 Dec 2026, 8:30 pm"
    assert panel_date("2026-12-09T02:30:00Z") == "Tue 8 Dec 2026"


def test_noon_and_midnight_are_twelve():
    assert panel_time("2026-12-08T18:00:00Z") == "Tue 8 Dec 2026, 12:00 pm"
    assert panel_time("2026-12-08T06:05:00Z") == "Tue 8 Dec 2026, 12:05 am"


def test_the_spring_forward_gap_is_crossed_in_one_utc_minute():
    # 8 Mar 2026: 2:00 am CST becomes 3:00 am CDT (07:59 UTC is 1:59 am CST; 08:00 UTC is 3:00 am CDT)
    assert panel_time("2026-03-08T07:59:00Z") == "Sun 8 Mar 2026, 1:59 am"
    assert panel_time("2026-03-08T08:00:00Z") == "Sun 8 Mar 2026, 3:00 am"


def test_the_fall_back_hour_is_shown_twice_for_two_utc_instants():
    # 1 Nov 2026: 2:00 am CDT becomes 1:00 am CST, so 1:30 am happens twice
    assert panel_time("2026-11-01T06:30:00Z") == "Sun 1 Nov 2026, 1:30 am"  # CDT
    assert panel_time("2026-11-01T07:30:00Z") == "Sun 1 Nov 2026, 1:30 am"  # CST
    assert panel_time("2026-11-01T08:30:00Z") == "Sun 1 Nov 2026, 2:30 am"


def test_summer_time_is_five_hours_behind_utc():
    assert panel_time("2026-07-04T17:00:00Z") == "Sat 4 Jul 2026, 12:00 pm"


def test_the_zone_comes_from_the_settings_or_a_name():
    assert panel_time("2026-12-08T20:14:00Z", Settings(timezone="America/New_York")) == "Tue 8 Dec 2026, 3:14 pm"
    assert panel_time("2026-12-08T20:14:00Z", "UTC") == "Tue 8 Dec 2026, 8:14 pm"


def test_a_date_is_shown_as_a_day():
    assert panel_date(dt.date(2026, 12, 8)) == "Tue 8 Dec 2026"
    assert panel_date("2026-12-08") == "Tue 8 Dec 2026"
    assert panel_time("2026-12-08") == "Tue 8 Dec 2026"


def test_nothing_is_an_empty_string_and_text_that_is_no_timestamp_is_kept():
    assert panel_time(None) == "" and panel_time("") == "" and panel_date(None) == ""
    assert panel_time("not recorded") == "not recorded"


def test_today_is_the_panels_day_not_utcs():
    assert panel_today(now=dt.datetime(2026, 12, 9, 3, 0, tzinfo=dt.UTC)) == dt.date(2026, 12, 8)
    assert panel_today("UTC", now=dt.datetime(2026, 12, 9, 3, 0, tzinfo=dt.UTC)) == dt.date(2026, 12, 9)


def test_the_time_zone_defaults_to_chicago():
    assert load_settings(environ={}).timezone == "America/Chicago" == Settings().timezone


def test_the_time_zone_comes_from_the_environment():
    assert load_settings(environ={"COI_TIMEZONE": "America/Denver"}).timezone == "America/Denver"


@pytest.mark.parametrize("bad", ["Central", "Mars/Olympus_Mons", "../../etc/passwd", "America/"])
def test_a_name_that_is_not_an_iana_zone_is_refused_in_plain_words(bad):
    with pytest.raises(ValueError, match="COI_TIMEZONE=.*is not a time zone: set it to an IANA time zone name"):
        load_settings(environ={"COI_TIMEZONE": bad})


def test_a_settings_object_with_a_bad_zone_is_refused():
    with pytest.raises(ValueError, match="not a time zone"):
        Settings(timezone="CST6")
