"""The explorer's cached loading: the record table (behind a spinner in the reader's words,
shown only while it first loads), the filter vocabulary and the period labels of the data,
each computed once per data version (``st.cache_resource`` keyed on the data's signature).
"""

from __future__ import annotations

import streamlit as st

from dashboard.data import load_table
from dashboard.language import spinner_the_first_time
from dashboard.state import period_labels
from flows.filter_check import Vocabulary, vocabulary_of_table
from flows.i18n import gettext
from flows.periods import data_precision, period_bounds
from flows.table.model import RecordTable


# -- cached loading ------------------------------------------------------------------------------
@st.cache_resource(show_spinner=False)
def _table_cached(signature: tuple, extra: str) -> RecordTable:
    # signature/extra are the cache key: new or changed data files reload the table
    return load_table(signature, extra)


# The spinner's words are the reader's, and it shows only while the table first loads.
record_table = spinner_the_first_time(
    _table_cached,
    lambda: gettext(
        "Loading records and places (the very first start builds the place index: "
        "about 10 seconds)..."
    ),
)


@st.cache_resource
def filter_vocabulary(signature: tuple, extra: str) -> Vocabulary:
    """What filter values can be in this data (checked for the URL and saved views)."""
    return vocabulary_of_table(record_table(signature, extra))


@st.cache_resource
def precision_and_labels(signature: tuple, extra: str) -> tuple[str, list[str]]:
    """Precision of the data and the period slider's labels, once per data version."""
    table = record_table(signature, extra)
    precision = data_precision(table)
    return precision, period_labels(period_bounds(table, precision), precision)
