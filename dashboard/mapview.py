"""One filter change, answered: select, aggregate, build the deck. Pure (no Streamlit).

The explorer page and benchmarks/bench_filter.py both call :func:`answer_view`, so the
benchmark measures exactly what the page does after a widget changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.layers import LIGHT, CompactDeck, Theme, build_deck
from flows.select import (
    MAP_COLUMNS,
    aggregate_flows,
    aggregate_routes,
    country_totals,
    filter_mask,
    hub_counts,
    hubs_on_map,
)
from flows.views import View

HUB_LIMIT = 400  # hubs drawn at most (the busiest)


@dataclass
class MapAnswer:
    """Everything the page shows about one view's map."""

    mask: np.ndarray  # rows of the flows table that pass the filters
    selected: pd.DataFrame  # those rows, MAP_COLUMNS only
    flows: pd.DataFrame  # aggregated, capped
    total: int  # flows before the cap
    routes: pd.DataFrame | None
    n_routes: int
    hubs: pd.DataFrame  # hubs drawn
    shading: pd.DataFrame | None
    deck: CompactDeck

    @property
    def n_records(self) -> int:
        return int(self.mask.sum())


def answer_view(
    flows: pd.DataFrame,
    places: pd.DataFrame,
    countries: Sequence[dict],
    view: View,
    region_members: Mapping[str, Iterable[str]] | None = None,
    highlight: np.ndarray | None = None,
    theme: Theme = LIGHT,
) -> MapAnswer:
    """The map of ``view`` over the prepared ``flows`` table.

    Parameters
    ----------
    highlight
        Optional boolean mask over ``flows`` of records to emphasise (table selection or
        the records behind a clicked item).
    """
    mask = filter_mask(flows, view.filters, region_members)
    columns = [c for c in MAP_COLUMNS if c in flows]
    selected = flows.loc[mask, columns] if not mask.all() else flows[columns]
    layers = view.layers
    agg, total = aggregate_flows(selected, layers.width_by, layers.top_n)
    routes, n_routes = (
        aggregate_routes(selected, places, layers.top_n) if layers.routes else (None, 0)
    )
    all_hubs = hub_counts(selected, places)
    if layers.arcs or layers.routes:
        hubs = hubs_on_map(all_hubs, agg if layers.arcs else agg.iloc[0:0], routes)
    else:
        # no lines drawn: the busiest places on their own
        hubs = all_hubs.head(HUB_LIMIT).reset_index(drop=True)
    if layers.heat:
        # the heat layer weighs every place, not only the hubs drawn
        heat_hubs = all_hubs
    else:
        heat_hubs = hubs
    shading = country_totals(selected, layers.shading) if layers.shading != "none" else None
    emphasis = None
    if highlight is not None and (highlight & mask).any():
        emphasis, _ = aggregate_flows(flows.loc[highlight & mask, columns], "records", None)
    deck = build_deck(
        view, countries, agg, routes, hubs, shading, emphasis, theme, heat_hubs=heat_hubs
    )
    return MapAnswer(mask, selected, agg, total, routes, n_routes, hubs, shading, deck)
