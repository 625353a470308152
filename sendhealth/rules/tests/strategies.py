"""Shared hypothesis strategies and settings for the rules tests."""

from datetime import date

from hypothesis import settings
from hypothesis import strategies as st

# No example database (it would write .hypothesis/ into the working tree) and no per-example
# deadline (the first lookup of a year's bank holidays is slower than the rest).
rules_settings = settings(database=None, deadline=None)

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
dates_of_birth = st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31))
