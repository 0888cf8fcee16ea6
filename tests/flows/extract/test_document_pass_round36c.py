"""Round 36c of the document pass, as a table of short documents written for the tests (not taken
from the gold corpus) -> (category, origin, destination). Where goods or people were seized is
the destination of a flow that names only where they came from, except:

- for people, where members of the network were arrested ("Treize personnes ont été arrêtées
  en Espagne, en Italie et en France", "Police arrested eleven smugglers in Romania"): the
  victims or migrants went elsewhere; a place where the people themselves, or goods, were
  found or seized still completes the flow;
- a seizure place whose sentence names where the goods were going, in another country ("seized
  in Norfolk, Virginia, in a container destined for Liberia", "en transit vers la Belgique"):
  the goods were stopped on their way; not a place in the same country ("seized at Durban
  harbour in a container bound for Johannesburg");
- a seizure place when the next sentence says where the goods were going ("It was in transit
  to Germany"): that place ends the movement (one movement, one flow);
- a seizure country when a flow from the same origin to a place in that country was told
  before ("imported from Mexico ... reaching Melbourne streets. Police seized 755kg of ice in
  Australia"): the same movement, whose finer end is known.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

_MELBOURNE = "Meth imported from Mexico was stopped before reaching Melbourne streets. "


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # arrests of the network's members, not where its victims went
        ("Treize personnes ont été arrêtées en Espagne, en Italie et en France. Les victimes "
         "venaient de Colombie et du Paraguay.", "fr",
         {("human_trafficking", "CO", None), ("human_trafficking", "PY", None)}),
        ("Police arrested eleven smugglers in Romania. The network smuggled migrants from "
         "Afghanistan and Syria.", "en",
         {("migrant_smuggling", "AF", None), ("migrant_smuggling", "SY", None)}),
        # guard: the women found there were brought there
        ("Police found 40 women in a brothel in Turkey. They had been trafficked from Moldova.",
         "en", {("human_trafficking", "MD", "TR")}),
        # guard: an arrest for drugs still completes a flow of drugs
        ("Police in Dubai arrested four men. The captagon pills came from Lebanon.", "en",
         {("drugs", "LB", "Dubai")}),
        # the goods were stopped on their way to another country
        ("Customs officers seized three rifles in Norfolk, Virginia, in a shipping container "
         "destined for Liberia. The rifles had been smuggled from Mexico.", "en",
         # (round 42: Norfolk is the Virginian town now, the most specific origin; the
         # English county it was read as had made Virginia a second origin)
         {("weapons", "Norfolk", "LR"), ("weapons", "MX", "LR")}),
        ("Les douaniers ont intercepté 40 kg de cocaïne au port du Havre, dans un conteneur en "
         "transit vers la Belgique. La drogue venait du Brésil.", "fr",
         {("drugs", "Le Havre", "BE"), ("drugs", "BR", "BE")}),
        # guard: bound for a town of the same country
        ("Customs officers seized cocaine at Durban harbour in a container bound for "
         "Johannesburg. The cocaine had been smuggled from Brazil.", "en",
         {("drugs", "BR", "Johannesburg"), ("drugs", "BR", "Durban")}),
        # the next sentence says where the goods were going
        ("Border Force officers seized cocaine at London Gateway. The container had been "
         "shipped from Costa Rica. It was in transit to Germany.", "en",
         {("drugs", "CR", "DE")}),
        # guard: the next sentence says nothing of it
        ("Border Force officers seized cocaine at London Gateway. The container had been "
         "shipped from Costa Rica. Officers searched it on Monday.", "en",
         {("drugs", "CR", "London Gateway")}),
        # the seizure country holds the finer end told before
        (_MELBOURNE + "Police seized 755kg of ice in Australia. The ice was originating from "
         "Mexico.", "en", {("drugs", "MX", "Melbourne")}),
        # guard: another country
        (_MELBOURNE + "Police seized 755kg of ice in New Zealand. It is the largest seizure of "
         "ice originating from Mexico.", "en",
         {("drugs", "MX", "Melbourne"), ("drugs", "MX", "NZ")}),
    ],
)  # fmt: skip
def test_round36c_document_pass(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
