"""Fixed texts that readers see, kept in one place so that they can be translated together.

Each text is a ``str.format`` template with named fields, marked for the gettext catalogues
(``N_``): the code that shows one calls ``gettext`` on it, in the reader's language.
"""

from __future__ import annotations

from flows.i18n import N_

# -- wrong filter values (flows.filter_check) -------------------------------------------------
FILTER_PROBLEM = N_("{field}: '{value}' {reason}.")
DID_YOU_MEAN = N_("Did you mean {suggestions}?")
OR = N_(" or ")
AND_MORE = N_(" and {n} more")
NOT_A = N_("is not {what} of the data")
USE_ONE_OF = N_("use one of {values}")
WHAT_CATEGORY = N_("a category")
WHAT_COMMODITY = N_("a commodity")
WHAT_ACTOR = N_("an actor")
WHAT_STATUS = N_("a status")
WHAT_VERIFICATION = N_("a verification level")
NOT_A_PLACE = N_("is not a place, country, region or code that the atlas knows")
NO_DATES = N_("cannot be used: the data has no dates")
PERIOD_FROM = N_("from {start}")
PERIOD_UNTIL = N_("until {end}")
PERIOD_SPAN = N_("{start} to {end}")
PERIOD_BACKWARDS = N_("ends before it starts")
PERIOD_FORMAT = N_("is not a year (YYYY) or a month (YYYY-MM)")
PERIOD_MONTH = N_("has no such month (months run 01 to 12)")
PERIOD_OUTSIDE = N_("is outside the data, which covers {span}")

# -- the command line ---------------------------------------------------------------------------
EMPTY_SELECTION = N_(
    "no record matches {what}; nothing written. Widen the filters, or pass --allow-empty "
    "to write an empty map anyway"
)
EMPTY_VIEW = N_("view '{name}'")
EMPTY_FILTERS = N_("these filters")

# -- the dashboard ------------------------------------------------------------------------------
URL_VALUES_LEFT_OUT = N_(
    "This link asks for values that are not in the data; they are left out of the filters below:"
)
VIEW_VALUES_LEFT_OUT = N_(
    "The saved view '{name}' asks for values that are not in the data; they are left out:"
)
URL_UNREADABLE = N_("The link could not be read, the default view is shown: {error}")
BASEMAP_OFFLINE = N_(
    "The online basemap cannot load (no internet connection?): the offline country shapes "
    "are shown. Choose 'offline country shapes' in Title and settings to stop this check."
)
DETAILS_HINT = N_(
    "Click a flow, a route or a hub on the map, or select rows in the table, to read the "
    "records and their sources beside the map."
)
MAP_ZOOM_IN = N_("Zoom in")
MAP_ZOOM_OUT = N_("Zoom out")
