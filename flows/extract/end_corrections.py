"""Ends of candidates corrected against the other flows of the document: a carried country
giving way to a town another flow leaves from, a seizure where goods were leaving from, a
border town's port of entry as the origin; and a country end giving way to the town its own
sentence places in it ("shell companies located in Dubai in the United Arab Emirates")."""

from __future__ import annotations

from flows.extract.candidate import Candidate, in_region
from flows.extract.direction import ORIGIN, Tagged
from flows.extract.lexicon import ByLang
from flows.extract.seizure_sites import marked_towns
from geodata.index_build import sphere_distance_km

_SEIZED_HERE = ByLang("seized_here")
# "at the DeConcini Port of Entry in downtown Nogales", "the Eagle Pass Port of Entry": a
# border town goods pass through on their way out
_PORT_BEFORE = ByLang("port_before")
_PORT_AFTER = ByLang("port_after")


def finer_told(cands: list[Candidate]) -> list[Candidate]:
    """An origin country carried to a flow from another sentence gives way to a town of that
    country that another flow of the same goods names as its origin, in its own sentence, on
    the way to the same destination: "heroin originating from the Gwadar port ... to
    Tanzania" ... "About 25 such dhows had entered the Tanzanian coastal region", whose origin
    was carried as Pakistan, leaves from Gwadar. The two tell one movement (one flow), and the
    most specific place is the endpoint (ANNOTATION.md).

    Only a town that a flow leaves from counts: replacing a carried country by the town of it
    the document names most, whatever its role, lost 0.0014 on the read part (round 37).
    Round 37: 6 duplicate flows fewer on the read part (strict F1 0.5408 -> 0.5411), 1 right
    lost ("Ships from Miami steam into Jamaica" beside guns "from the United States", both
    annotated). The same for a carried destination (a port of the country named as where the
    goods arrived) gained 0.0002 on the read part and lost 0.0003 on the fresh one: left out."""
    for c in cands:
        end, known = c.origin, c.destination
        if end is None or known is None or not end.inferred or end.place.kind != "country":
            continue
        if c.evidence_start <= end.start < c.evidence_end:
            continue  # named in its own sentence ("Gwadar in Pakistan")
        towns = [
            w
            for w in cands
            if w is not c
            and w.category == c.category
            and w.origin is not None
            and not w.origin.inferred
            and w.origin.place.kind in ("city", "other")
            and w.origin.place.country_code == end.place.country_code
            and w.destination is not None
            and w.destination.place.id == known.place.id
        ]
        if towns:
            town = min(towns, key=lambda w: abs(w.evidence_start - c.evidence_start)).origin
            c.origin = Tagged(end.start, end.end, town.surface, town.place, end.role,
                              inferred=True)  # fmt: skip
    return cands


# a town and the port, airport or warehouse of it where goods were stopped
_SAME_TOWN_KM = 50


def no_arrival_at_a_start(cands: list[Candidate], lang: str) -> list[Candidate]:
    """A flow with no origin, told by a seizure, that ends in a town where another flow of the
    same goods starts: the goods were stopped where they were leaving from ("Smuggled Ammo
    Seized at Oakland Port" over "ammunition ... scheduled to be shipped from Oakland to
    Mongolia", "heroin capsules confiscated at Islamabad airport" over a flight from Islamabad
    to Jeddah, "seized at a warehouse in Pasay City ... bound for Vietnam" beside a flight from
    Manila's airport in Pasay; "saisie à Rotterdam. Elle était destinée au marché australien":
    Rotterdam -> Australia only). Not a country or a region, where goods arrive and leave again
    (round 37: that wider rule lost 0.0017 lenient F1 on the fresh part). Round 37 hT: one
    wrong flow fewer in each of en-380, en-418, en-561 and fr-163 on the read part, none right
    lost."""

    def starts_there(c: Candidate) -> bool:
        here = c.destination.place
        if here.kind not in ("city", "other"):
            return False
        if not _SEIZED_HERE[lang].search(c.evidence):
            return False
        for o in cands:
            if o is c or o.category != c.category or o.origin is None:
                continue
            there = o.origin.place
            if there.id == here.id or (
                there.kind in ("city", "other")
                and sphere_distance_km(here.lon, here.lat, there.lon, there.lat) < _SAME_TOWN_KM
            ):
                return True
        return False

    return [
        c for c in cands if c.origin is not None or c.destination is None or not starts_there(c)
    ]


def through_the_port(cands: list[Candidate], mentions, text: str, lang: str) -> list[Candidate]:
    """Goods stopped at a border town's port of entry or crossing ("at the DeConcini Port of
    Entry in downtown Nogales ... a pick-up truck traveling to Mexico", "the Eagle Pass Port
    of Entry ... leaving the United States, bound for Mexico") leave from that town: it is the
    most specific origin the text gives (ANNOTATION.md) of a flow into another country whose
    origin is unsaid, or is the town's country carried from elsewhere or named in the same
    sentence as the port. The nearest such town before the flow's sentence ends, else the
    first one of the document. Round 37 hW: 4 flows right more on the read part (guns
    heading to Mexico through El Paso, Nogales, Eagle Pass and Laredo), none lost."""
    ports = marked_towns(mentions, text, _PORT_BEFORE[lang], _PORT_AFTER[lang])
    if not ports:
        return cands
    for c in cands:
        dest = c.destination
        if dest is None:
            continue
        code = dest.place.country_code
        fit = [
            p for p in ports if p.place.country_code != code and not in_region(p.place, dest.place)
        ]
        if not fit:
            continue
        before = [p for p in fit if p.start < c.evidence_end]
        port = before[-1] if before else fit[0]
        end = c.origin
        if end is not None and not (
            end.place.kind == "country"
            and end.place.country_code == port.place.country_code
            and (end.inferred or c.evidence_start <= port.start < c.evidence_end)
        ):
            continue
        c.origin = Tagged(port.start, port.end, port.surface, port.place, ORIGIN,
                          inferred=True)  # fmt: skip
    return cands


_TOWN_QUALIFIER = ByLang("town_qualifier")
# the country that qualifies a town follows it this close: "Muscat, the capital of Oman"
_QUALIFIER_REACH = 30
_TOWN_KINDS = ("city",)


def _qualified_towns(c: Candidate, mentions, text: str, lang: str) -> dict[str, list]:
    """The towns of the candidate's sentence that the sentence itself ties to their country,
    by country code: a town followed by its country with only the words of ``town_qualifier``
    between them ("Muscat, the capital of Oman", "Dubai in the United Arab Emirates", "basée à
    Asunción, la capitale du Paraguay", "Mombasa, Kenya"), not "the Torkham border from
    Afghanistan" nor "Cutro in southern Italy". A town that opens the sentence (a dateline,
    "BELGRADE, Serbia (AP)") is left out."""
    inside = [m for m in mentions if c.evidence_start <= m.start < c.evidence_end and not m.demonym]
    qualifier = _TOWN_QUALIFIER[lang]
    towns: dict[str, list] = {}
    for t in inside:
        code = t.place.country_code
        if t.place.kind not in _TOWN_KINDS or not code or t.start == c.evidence_start:
            continue
        for q in inside:
            if (
                q.place.kind == "country"
                and q.place.country_code == code
                and 0 <= q.start - t.end <= _QUALIFIER_REACH
                and qualifier.fullmatch(text, t.end, q.start) is not None
            ):
                found = towns.setdefault(code, [])
                if all(f.place.id != t.place.id for f in found):
                    found.append(t)
                break
    return towns


def town_of_the_country(cands: list[Candidate], mentions, text: str, lang: str) -> list[Candidate]:
    """A country end gives way to the one town of that country its own sentence names and ties
    to it: "moved cash from the United Arab Emirates to the U.S. using shell companies, mostly
    located in Dubai in the United Arab Emirates" leaves from Dubai; "importé ... de Croatie
    ... par leur société basée à Asunción, la capitale du Paraguay" goes to Asunción. The most
    specific place the text gives is the endpoint (ANNOTATION.md). A country whose sentence
    names a town of it without tying the two ("arrested two men in Nong Khai", "sold in
    Toronto") keeps the country: replacing it by any town of that country in the sentence lost
    0.002 strict F1 on the read part (round 53), and so does a dateline's town. Round 53
    FINER: fires in 3 read documents (fr-155, en-485, en-755), 6 flows right more (read strict
    F1 0.619 -> 0.621), the fresh part unchanged; a wider tie ("off Cutro in southern Italy",
    "la ville de Craiova, au Sud de la Roumanie", any words but a direction's) fired in 10 read
    documents and lost a flow on the fresh part."""
    for c in cands:
        towns: dict[str, list] | None = None
        for attr in ("origin", "destination"):
            end = getattr(c, attr)
            if end is None or end.place.kind != "country" or not end.place.country_code:
                continue
            if towns is None:
                towns = _qualified_towns(c, mentions, text, lang)
            found = towns.get(end.place.country_code, [])
            other = c.destination if attr == "origin" else c.origin
            if len(found) != 1 or (other is not None and other.place.id == found[0].place.id):
                continue
            town = found[0]
            setattr(c, attr, Tagged(town.start, town.end, town.surface, town.place, end.role,
                                    inferred=end.inferred))  # fmt: skip
    return cands
