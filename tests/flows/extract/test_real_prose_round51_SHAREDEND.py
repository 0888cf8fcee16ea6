"""Round 51 (SHAREDEND) of the extractor for real English and French prose, as a table of
sentences written for the tests (not taken from the gold corpus) -> (category, origin,
destination): a list of ends that names the country of the document's shared end.

A half-flow takes the end that the document's whole flows of its category share
(``document_ends.complete_from_document``: "weapons shipped from Rotterdam to Ireland ... They
supplied firearms to groups in Austria and Denmark" gives Rotterdam to Austria and Denmark).
Where the half-flow's own list of ends names the country that holds that shared end ("to
criminal groups in the Netherlands, Austria and Denmark", after weapons shipped from
Rotterdam), the list tells parallel ends of a network's reach, the shared end's country among
them: annotators leave the other end of those flows null, so none of them takes the shared end
(``document_ends._named_apart``). A list that does not name that country keeps it.
Round 51, read part: fires in 2 documents, 7 flows right, none lost; the fresh part unchanged.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

# sentences with no place between the whole flow and the list: further back than the
# sentences the rules look at for a source
_GAP_EN = (
    "The investigation lasted three years. Prosecutors charged eleven people. "
    "The trial opens on Monday. "
)
_GAP_FR = (
    "L'enquête a duré deux ans. Onze personnes ont été mises en examen. Le procès s'ouvre lundi. "
)
_SHIPPED_EN = "The gang shipped pistols from Rotterdam to Ireland by ferry. "
_SHIPPED_FR = "Le réseau expédiait des armes depuis Anvers vers la France. "


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            _SHIPPED_EN + _GAP_EN
            + "It supplied firearms to criminal groups in the Netherlands, Austria and Denmark.",
            "en",
            {("weapons", "Rotterdam", "IE"), ("weapons", None, "AT"), ("weapons", None, "DK")},
        ),
        (
            _SHIPPED_FR + _GAP_FR
            + "Il fournissait des armes à des bandes en Belgique, en Espagne et en Italie.",
            "fr",
            {("weapons", "Antwerp", "FR"), ("weapons", None, "ES"), ("weapons", None, "IT")},
        ),
        # guards: a list that does not name the shared end's country keeps the shared end
        (
            _SHIPPED_EN + _GAP_EN
            + "It supplied firearms to criminal groups in Austria and Denmark.",
            "en",
            {
                ("weapons", "Rotterdam", "IE"),
                ("weapons", "Rotterdam", "AT"),
                ("weapons", "Rotterdam", "DK"),
            },
        ),
        (
            _SHIPPED_FR + _GAP_FR
            + "Il fournissait des armes à des bandes en Espagne et en Italie.",
            "fr",
            {
                ("weapons", "Antwerp", "FR"),
                ("weapons", "Antwerp", "ES"),
                ("weapons", "Antwerp", "IT"),
            },
        ),
    ],
)  # fmt: skip
def test_a_list_naming_the_shared_ends_country_takes_no_shared_end(
    extractor, text: str, lang: str, expected: set
):
    assert _flows(extractor, text, lang) == expected
