"""Direction of movement: which place of a sentence is the origin, a transit or the destination.

Roles come from the words just before a place ("depuis", "en provenance de", "vers",
"à destination de", "via", "en passant par", "from", "into", "routed through"...), from
coordination ("vers l'Italie et l'Espagne": both destinations), from a sending subject
("Moscou transfère...", "the cartels ship...") and from demonyms next to a commodity
("héroïne afghane", "Nigerian women"). A negated movement ("n'a pas transité par") gives no
role. Roles are then grouped into flows: origin -> via... -> destination, several per sentence;
"puis transportée jusqu'à", "and then trucked to", "avant d'être redistribuée vers" start a
new leg where the previous one stopped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

ORIGIN, VIA, DEST, LOCATION, WEAK_ORIGIN, SUBJECT, BETWEEN = (
    "origin", "via", "destination", "location", "weak_origin", "subject", "between",
)  # fmt: skip

_DE = r"(?:de\s+la|de\s+l['’]|des|du|de|d['’])"
_FILLER = (
    r"\s*(?:\w+(?:ment|ly)\s+)?(?:(?:le|la|les|l['’]|the|un|une|a|an|des|de|d['’])\s*)?"
    r"(?:(?:[\w-]+\s+)?(?:port|ports|ville|région|côtes?|frontière|frontières|province|capitale|île|îles|"
    r"aéroport|territoire|enclave|coast|city|region|border|capital|island|islands|airport|"
    r"territory|port\s+city|north|south|east|west|nord|sud|est|ouest|marchés?|plages?|rues|pays|"
    r"markets?|streets|shores?|beaches|warehouses?|entrepôts?|docks?|quais?|camps?|"
    r"laboratoires?|labs?|laboratories|banques?|banks?|sociétés?|companies|comptes?|accounts?)"
    r"\s*(?:near|close\s+to|outside|près|proches?|autour)?\s*(?:"
    + _DE
    + r"|of\s+the|of|in|en|au|aux|à|dans)?\s*)?(?:(?:le|la|les|l['’]|the)\s*)?$"
)
_MOVE_FR = (
    r"arriv\w*|débarqu\w*|achemin\w*|introdui\w*|import\w*|livr\w*|expédi\w*|envoy\w*|"
    r"export\w*|écoul\w*|revend\w*|vendu\w*|transport\w*|entr[ée]\w*|pass[ée]\w*|passer|"
    r"conduit\w*|emmen\w*|transfér\w*|parven\w*|inject\w*|dirig\w*|exfiltr\w*|infiltr\w*|"
    r"déplac\w*|amen\w*|trafiqué\w*|convoy\w*|distribu\w*|réexpédi\w*|blanchi\w*|investi\w*|"
    r"placé\w*|cach[ée]\w*|dissimul\w*|rapatri\w*|exploit\w*|prostitu\w*|vers[ée]\w*|"
    r"venir|revendu\w*|accost\w*|échou\w*"
)
_MOVE_EN = (
    r"arriv\w*|land\w*|ship\w*|transport\w*|smuggled|smuggles?|trafficked|traffics|import\w*|"
    r"export\w*|sent|"
    r"send\w*|deliver\w*|mov\w*|travel\w*|brought|bring\w*|carr\w*|sold|sell\w*|funnel\w*|"
    r"channel\w*|transferr?\w*|wired|taken|trucked|flown|laundered|invested|moved|hidden|"
    r"concealed|recruited|exploited|lured|resold|distributed"
)


# Where a network is run from, or where the officers who seized are posted: a location, not
# the origin of a movement ("dirigé depuis Constanța", "run from Germany", "les douaniers du
# Havre", "Spanish police in Algeciras").
_MANAGED = {
    "fr": r"(?:(?:dirig|pilot|gér|administr|coordonn|commandit|bas|install|établi)\w*\s+"
    r"(?:\w+\s+)?(?:depuis|à|en|au|aux|dans)|(?:douaniers?|douanes?|policiers?|police|"
    r"gendarmes?|gendarmerie|garde-côtes|enquêteurs|parquet|procureurs?|juges?|tribunal)\s+"
    r"(?:\w+\s+)?(?:du|de\s+la|de\s+l['’]|des|de|d['’]|en|au|à))",
    "en": r"(?:(?:run|operated|operating|managed|directed|controlled|based|headquartered)\s+"
    r"(?:\w+\s+)?(?:from|in|out\s+of)|(?:customs|police|officers|agents|prosecutors?|"
    r"investigators|coast\s*guards?|border\s+guards?|court)\s+(?:\w+\s+)?(?:in|at|of))",
}
# Who receives: "fourni des pistolets à des trafiquants de Lyon", "sold to gangs in Sweden".
_BUYERS = {
    "fr": r"(?:à|aux)\s+(?:des\s+|de\s+)?(?:trafiquants|gangs|groupes|réseaux|clients|acheteurs|"
    r"revendeurs|bandes|cartels|dealers|criminels)(?:\s+[\w'’-]+){0,3}?\s+(?:du|de\s+la|"
    r"de\s+l['’]|des|de|d['’]|en|au|aux|à)",
    "en": r"to\s+(?:\w+\s+)?(?:gangs|groups|networks|buyers|clients|dealers|cartels|"
    r"traffickers|criminals)(?:\s+[\w'’-]+){0,3}?\s+(?:in|of|based\s+in)",
}


def _cues(lang: str) -> list[tuple[str, str]]:
    if lang == "fr":
        return [
            (LOCATION, _MANAGED["fr"]),
            (DEST, _BUYERS["fr"]),
            (
                VIA,
                r"(?:via|en\s+passant\s+par|passant\s+par|à\s+travers|transit\w*\s+"
                r"(?:par|via|en|au|aux)|en\s+transit\s+(?:par|en|au|aux|via)|travers(?:ant|é\w*|"
                r"er|ent|e)|routes?\s+(?:des|du|de\s+la|de)|par\s+l['’]interm[ée]diaire\s+d[eu']"
                r"|transbord\w*\s+(?:en|au|aux|à|dans))",
            ),
            (ORIGIN, r"(?:(?:envoy|expédi|livr|fourni|export|vendu)\w*\s+par)"),
            (VIA, r"(?<![\w])par"),
            (
                ORIGIN,
                r"(?:depuis|en\s+provenance\s+"
                + _DE
                + r"|provenant\s+"
                + _DE
                + r"|au\s+départ\s+"
                + _DE
                + r"|(?:venu|vena|vien|originaire|issu|parti|"
                r"arriv|import|export|expédi|sorti|exfiltr|fuy|chass|débarqu|rapatri|achemin|"
                r"transport|livr|envoy|écoul|revenu|rentr|produi|cultiv|fabriqu|détourn|volé|"
                r"pillé|proven)\w*\s+(?:\w+\s+){0,2}?"
                + _DE
                + r"|(?:quitt|fui|fuy)\w*|(?:part|partent|partait|partaient|partira|"
                r"partiront)\s+(?:\w+ment\s+)?" + _DE + r"|(?:produit|cultivé|fabriqué|"
                r"raffiné|chargé|embarqué|braconn|volé|pillé|acheté|achet|recrut)\w*\s+"
                r"(?:[\w'’]+\s+){0,4}?(?:en|au|aux|à|dans))",
            ),
            (VIA, r"(?:(?:fait|faisant|font)\s+escale\s+(?:en|au|aux|à|dans))"),
            (
                BETWEEN,
                r"(?:frontières?|routes?|traversées?|passages?|liaisons?|trafics?|flux)"
                r"(?:\s+[\w'’]+){0,2}?\s+entre",
            ),
            (
                DEST,
                r"(?:vers|à\s+destination\s+"
                + _DE
                + r"|en\s+direction\s+"
                + _DE
                + r"|jusqu['’](?:en|à|au|aux)|pour\s+(?:rejoindre|gagner|atteindre)|"
                r"(?:(?:sociétés?|comptes?|banques?)\s+(?:[\w'’-]+\s+){0,2}?(?:enregistré|"
                r"basé|domicilié|ouvert)\w*\s+(?:en|au|aux|à|dans))|"
                r"(?:fai\w*|fait)\s+venir\s+(?:en|au|aux|à|dans)|"
                r"(?:embarqu\w*|part\w*|départ\w*|appareill\w*)\s+pour|"
                r"(?:rejoi\w*|gagn\w*|atteind\w*|atteint|atteignent|inond\w*|envahi\w*|rall\w*)|"
                r"(?:" + _MOVE_FR + r")(?:\s+[\w'’-]+){0,3}?\s+(?:en|au|aux|à|dans|sur|vers|"
                r"jusqu['’]en))",
            ),
            (LOCATION, r"(?:en|au|aux|à|dans|sur)"),
            (WEAK_ORIGIN, _DE),
        ]
    return [
        (LOCATION, _MANAGED["en"]),
        (DEST, _BUYERS["en"]),
        (
            BETWEEN,
            r"(?:borders?|routes?|crossings?|passages?|trade|trafficking|smuggling|flows?)"
            r"(?:\s+[\w'’]+){0,2}?\s+between",
        ),
        (
            VIA,
            r"(?:stop(?:ped|over|s)?\s+(?:over\s+)?(?:in|at)|called\s+at|via|through|across|by\s+way\s+of|transit\w*(?:\s+(?:through|via|in))?|"
            r"passing\s+through|crossing|crossed|routes?\s+(?:through|via|across))",
        ),
        (
            ORIGIN,
            r"(?:from|out\s+of|originat\w*\s+(?:in|from)|depart\w*\s+(?:from)?|"
            r"sourced\s+(?:in|from)|produced\s+in|grown\s+in|manufactured\s+in|left|"
            r"leaving|fled|fleeing|coming\s+from|(?:produced|grown|manufactured|poached|"
            r"stolen|loaded|bought|purchased|made|refined)\s+(?:\w+\s+){0,2}?(?:in|at))",
        ),
        (
            DEST,
            r"(?:(?:leav\w*|left|depart\w*|sail\w*|set\s+off|embark\w*)\b[^.;]{0,40}?\bfor|"
            r"to|into|towards?|bound\s+for|destined\s+for|head(?:ed|ing)\s+(?:for|to)|"
            r"reach\w*|arriv\w*\s+(?:in|at|on)|(?:companies|accounts|banks)\s+(?:\w+\s+){0,2}?"
            r"(?:registered|based|held|opened)\s+in|land\w*\s+(?:in|on|at)|enter\w*|flood\w*|"
            r"(?:" + _MOVE_EN + r")(?:\s+[\w'’-]+){0,3}?\s+(?:in|into|to|onto))",
        ),
        (LOCATION, r"(?:in|at|on|off|near)"),
    ]


@lru_cache(maxsize=4)
def _compiled_cues(lang: str) -> list[tuple[str, re.Pattern]]:
    return [
        (role, re.compile(r"(?<![\w])" + pat + _FILLER, re.IGNORECASE))
        for role, pat in _cues(lang if lang == "fr" else "en")
    ]


_COORD = re.compile(
    r"^\s*(?:,|et|and|ou|or|puis|then|as\s+well\s+as|ainsi\s+qu['’]?|,\s*(?:et|and|puis|then|or|ou))"
    r"\s*(?:(?:en|au|aux|à|vers|to|into|in|via|par)\s+)?(?:(?:le|la|les|l['’]|the|de|d['’]|du|des)\s*)?$",
    re.IGNORECASE,
)
_APPOSITION = re.compile(
    r"^\s*,?\s*(?:en|au|aux|in|dans|à)?\s*(?:(?:le|la|les|l['’]|the)\s*)?$", re.IGNORECASE
)
_SEQUENCE = re.compile(
    r"\b(?:puis|ensuite|avant\s+d|où|then|before|after\s+which|where|from\s+where|d['’]où)\b",
    re.IGNORECASE,
)
# A verb of movement after "puis"/"then" starts a new leg ("then trucked to", "puis revendue").
_MOVE_AFTER = {
    lang: re.compile(rf"(?<!\w)(?:{verbs})", re.IGNORECASE)
    for lang, verbs in (
        ("fr", _MOVE_FR + r"|travers(?:ent|ait|aient|er|ant|é\w*)\b|franchi\w*"),
        ("en", _MOVE_EN + r"|driven|drove|flew|taken|put|cross\w*"),
    )
}
# "puis par la route", "then by boat": a change of mode after "then" also starts a new leg.
_MODE = {
    "fr": re.compile(r"\bpar\s+(?:la\s+)?(?:route|avion|bateau|camion|mer|train|voie\s+\w+)", re.I),
    "en": re.compile(r"\bby\s+(?:road|air|sea|boat|truck|lorry|train|plane)", re.I),
}
# "avant d'être redistribuée", "before being wired": goods stop, then leave again.
_REDISPATCH = {
    "fr": re.compile(
        r"\bavant\s+d['’]être\s+(?:\w+\s+)?(?:re)?(?:distribu|expédi|envoy|transfér|vir|"
        r"achemin|livr|vend|vendu|charg|transport|export|écoul|réinvesti|investi|blanchi)",
        re.I,
    ),
    "en": re.compile(
        r"\bbefore\s+being\s+(?:\w+\s+)?(?:re)?(?:distribut|ship|sent|send|transferr|wired|"
        r"moved|sold|loaded|flown|trucked|exported|invested|laundered|smuggled)",
        re.I,
    ),
}


def _new_leg(gap: str, lang: str) -> bool:
    """ "puis transportée", "and then trucked", "puis par la route": after a destination, a
    sequence word followed by a verb of movement or a mode of transport starts a new leg."""
    seq = _SEQUENCE.search(gap)
    if seq is None:
        return False
    rest = gap[seq.end() :]
    return bool(_MOVE_AFTER[lang].search(rest) or _MODE[lang].search(rest))


_CONTRAST = re.compile(r"\b(?:mais|but|tandis|whereas|while|alors\s+que|plutôt)\b|[;,]", re.I)
_NEG = {
    "fr": re.compile(
        r"\b(?:n['’]|ne\s)(?:[\w'’-]+\s+){0,3}?(?:pas|jamais|plus|aucun\w*|guère)\b|\baucun\w*\b|"
        r"\bdémenti\w*|\bni\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:not|never|no\s+longer|n['’]t|no\s+evidence|denied|nor)\b", re.IGNORECASE
    ),
}
_SEND = {
    "fr": re.compile(
        r"^[^.;:!?]{0,40}?\b(?:envoi\w*|envoie\w*|exporte\w*|expédie\w*|achemine\w*|inonde\w*|"
        r"transf[èé]r\w*|fournit|fournissent|livre|livrent|introdui\w*|alimente\w*|approvisionne\w*|"
        r"fait\s+passer|font\s+passer|écoule\w*|injecte\w*|point\s+de\s+départ|financ\w*|"
        r"source\s+principale|principale?\s+source|principal\s+fournisseur|"
        r"principal\s+producteur|plaque\s+tournante)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^[^.;:!?]{0,40}?\b(?:sends?|sent|exports?|exported|ships?|shipped|floods?|flooded|"
        r"funnel\w*|channel\w*|transfers?|transferred|suppl(?:y|ies|ied)|smuggles?|smuggled|"
        r"financ\w*|"
        r"moves?|moved|traffics|trafficked|departure\s+point|main\s+source|main\s+supplier|"
        r"largest\s+producer|main\s+producer|hub)\b",
        re.IGNORECASE,
    ),
}


@dataclass
class Tagged:
    """A place mention (or demonym, or back-reference) with its role in a sentence."""

    start: int  # offsets in the document
    end: int
    surface: str
    place: object  # geodata Place
    role: str | None
    negated: bool = False
    inferred: bool = False  # from a demonym, a subject or a back-reference: weaker evidence


@dataclass
class FlowDraft:
    origin: Tagged | None = None
    destination: Tagged | None = None
    via: list[Tagged] = field(default_factory=list)
    start: int = 0  # offset of the first place of the flow (document offsets)

    @property
    def places(self) -> list[Tagged]:
        return [p for p in (self.origin, *self.via, self.destination) if p is not None]


def _negated(before: str, lang: str) -> bool:
    """A negation in the clause right before a place ("n'a pas transité par")."""
    cut = 0
    for m in _CONTRAST.finditer(before):
        cut = m.end()
    return bool(_NEG["fr" if lang == "fr" else "en"].search(before[cut:]))


def cue_role(before: str, lang: str) -> str | None:
    """Role given by the words right before a place; ``before`` ends where the place starts."""
    tail = before[-90:]
    for role, pattern in _compiled_cues(lang):
        if pattern.search(tail):
            return role
    return None


def assign_roles(sentence: str, offset: int, items: list[Tagged], lang: str) -> list[Tagged]:
    """Set ``role`` and ``negated`` of each item (sorted by position) of one sentence."""
    lang = "fr" if lang == "fr" else "en"
    prev: Tagged | None = None
    for item in items:
        rel = item.start - offset
        window_start = (prev.end - offset) if prev is not None else 0
        before = sentence[window_start:rel]
        role = item.role
        if (
            role is None
            and prev is not None
            and _APPOSITION.match(before)
            and getattr(prev.place, "kind", None) == "city"
            and getattr(item.place, "kind", None) in ("country", "region")
            and (
                prev.place.country_code == item.place.country_code
                or prev.place.country_code in getattr(item.place, "members", ())
            )
        ):
            # "Agadez, au Niger", "Haiphong in Vietnam": where the city is, not another place.
            item.role = None
            item.negated = True
            continue
        if role is None:
            if prev is not None and prev.role and _COORD.match(before):
                role = prev.role
                if role == BETWEEN:  # "la frontière entre la Biélorussie et la Pologne"
                    prev.role, role = ORIGIN, DEST
                item.negated = prev.negated
            else:
                role = (
                    cue_role(sentence[:rel], lang) if window_start < rel or prev is None else None
                )
                item.negated = _negated(sentence[max(0, rel - 120) : rel], lang)
        if role in (None, LOCATION, WEAK_ORIGIN):
            after = sentence[item.end - offset :]
            if _SEND[lang].match(after) and not re.match(r"^\s*[,;]?\s*(?:qui|which|who)", after):
                role = SUBJECT
        item.role = role
        prev = item
    return items


# Nouns of movement count as movement for has_movement (not as cues before a place).
_MOVE_NOUNS = {
    "fr": r"cargaisons?|livraisons?|chargements?|provenance|destination|transit|flux|filières?|"
    r"traversées?|trafi\w*|contrebande",
    "en": r"shipments?|consignments?|cargo(?:es)?|deliveries|transit|flows?|crossings?|"
    r"smuggl\w*|traffick\w*",
}


def has_movement(sentence: str, lang: str) -> bool:
    """Words of movement in the sentence (verbs and nouns: "acheminés", "cargaisons")."""
    lang = "fr" if lang == "fr" else "en"
    pat = (_MOVE_FR if lang == "fr" else _MOVE_EN) + "|" + _MOVE_NOUNS[lang]
    return bool(re.search(rf"(?<!\w)(?:{pat})", sentence, re.IGNORECASE))


_SEIZED = {
    "fr": re.compile(
        r"(?<!\w)(?:saisi\w*|intercept\w*|arrêt\w*|interpell\w*|découv\w*|débarqu\w*|arriv\w*|"
        r"bloqu\w*|démantel\w*|secour\w*)",
        re.I,
    ),
    "en": re.compile(
        r"(?<!\w)(?:seiz\w*|intercept\w*|arrest\w*|found|discover\w*|land\w*|arriv\w*|"
        r"recovered|detained|stopped|rescued|dismantl\w*)",
        re.I,
    ),
}


def _elsewhere(t: Tagged, known: Tagged) -> bool:
    """Another place, not in the same country (a seizure place completing a flow)."""
    code = t.place.country_code
    return t.place is not known.place and (code is None or code != known.place.country_code)


def group_flows(items: list[Tagged], sentence: str, lang: str, offset: int = 0) -> list[FlowDraft]:
    """Group role-tagged places into flows (origin -> via... -> destination).

    ``offset`` is the document offset of ``sentence`` (items carry document offsets).
    """
    lang = "fr" if lang == "fr" else "en"
    for t in items:
        if t.role == BETWEEN:
            t.role = LOCATION  # "entre X" without a second place: where, not from where
    live = [t for t in items if not t.negated and t.role is not None]
    has_origin = any(t.role == ORIGIN for t in live)
    for k, t in enumerate(live):
        if t.role == WEAK_ORIGIN:
            # "de X à Y", "de X vers Y": a bare "de" is an origin only right before a destination.
            nxt = live[k + 1] if k + 1 < len(live) else None
            t.role = (
                ORIGIN if nxt is not None and nxt.role in (DEST, VIA) and not has_origin else None
            )
        elif t.role == SUBJECT and has_origin:
            t.role = None  # an explicit origin beats the sending subject
        elif t.role == SUBJECT:
            t.role = ORIGIN
            t.inferred = True
    live = [t for t in live if t.role is not None]

    flows: list[FlowDraft] = []
    cur = FlowDraft()
    trailing_dest: Tagged | None = None  # "arrived in Italy ... from Libya and Tunisia"

    def next_role(k: int) -> str | None:
        for t in live[k + 1 :]:
            if t.role in (ORIGIN, DEST):
                return t.role
        return None

    for k, t in enumerate(live):
        if t.role == ORIGIN:
            if trailing_dest is not None and cur.origin is None and next_role(k) != DEST:
                # the next origins of a trailing list share the destination named before them
                flows.append(FlowDraft(origin=t, destination=trailing_dest, start=t.start))
                continue
            if cur.destination is not None and next_role(k) != DEST:
                trailing_dest = cur.destination
                # a trailing origin: "ont rejoint la Grèce depuis la Turquie", shared by the
                # destinations listed before it ("arrivées à Lesbos et à Chios depuis...")
                flows.append(cur)
                for f in flows:
                    if f.origin is None and f.destination is not None:
                        f.origin = t
                if cur.origin is not None and cur.origin is not t:
                    flows.append(FlowDraft(origin=t, destination=cur.destination, start=t.start))
                cur = FlowDraft()
                continue
            if cur.origin is not None and cur.destination is None and not cur.via:
                flows.append(cur)  # coordinated origins: "d'Afghanistan et du Pakistan vers..."
                cur = FlowDraft(origin=t, start=t.start)
            else:
                if cur.origin is not None or cur.destination is not None:
                    flows.append(cur)
                    cur = FlowDraft()
                cur.origin, cur.start = t, cur.start or t.start
        elif t.role == VIA:
            if cur.destination is not None:
                if next_role(k) is None:
                    # trailing transit: "... vers le Mali et le Niger, en passant par l'Algérie"
                    for f in [*flows, cur]:
                        if f.destination is not None and f.origin is cur.origin:
                            f.via.append(t)
                    continue
                flows.append(cur)
                if _new_leg(sentence[cur.destination.end - offset : t.start - offset], lang):
                    # "jusqu'en Russie, puis par la route à travers l'Europe de l'Est jusqu'en
                    # France": the next leg starts where the first one ended
                    cur = FlowDraft(origin=replace(cur.destination, role=ORIGIN, inferred=True))
                else:
                    cur = FlowDraft(origin=cur.origin)
            cur.via.append(t)
        elif t.role == DEST:
            trailing_dest = None
            if len(cur.via) == 1 and cur.destination is None:
                # one stop (not a list of transit countries, not a sea crossed)
                stop = cur.via[-1]
                crossed = getattr(stop.place, "kind", None) in ("sea", "route")
                if not crossed and _REDISPATCH[lang].search(
                    sentence[stop.end - offset : t.start - offset]
                ):
                    # "transite par Rotterdam avant d'être redistribuée vers la France",
                    # "moved through Tallinn before being wired to London": the transit is
                    # a stop where a new leg starts
                    if cur.origin is not None:
                        flows.append(
                            FlowDraft(cur.origin, replace(stop, role=DEST), cur.via[:-1], cur.start)
                        )
                    cur = FlowDraft(replace(stop, role=ORIGIN, inferred=True), t, [], t.start)
                    continue
            gap = (
                sentence[cur.destination.end - offset : t.start - offset] if cur.destination else ""
            )
            if cur.destination is not None and _new_leg(gap, lang):
                # "shipped to Hamburg and then trucked to Berlin", "vers Anvers, puis
                # transportée jusqu'à Lille": a new leg starts where the first one ended
                flows.append(cur)
                leg_from = replace(cur.destination, role=ORIGIN, inferred=True)
                cur = FlowDraft(origin=leg_from, destination=t, start=t.start)
                continue
            if cur.destination is not None and _SEQUENCE.search(gap):
                # "jusqu'à Agadez, puis ... jusqu'en Libye": the earlier stop is a transit
                cur.via.append(cur.destination)
                cur.destination = t
                continue
            if cur.destination is not None:
                # several destinations: same origin and route, one flow each
                flows.append(cur)
                cur = FlowDraft(origin=cur.origin, via=list(cur.via))
            cur.destination = t
            cur.start = cur.start or t.start
    flows.append(cur)
    # Coordinated origins waiting for a destination share the next flow's destination.
    for i, f in enumerate(flows):
        if f.destination is None and f.origin is not None and not f.via:
            nxt = next((g for g in flows[i + 1 :] if g.destination is not None), None)
            if nxt is not None and nxt.origin is not None and nxt.origin.role == ORIGIN:
                f.destination, f.via = nxt.destination, list(nxt.via)
    # A place of seizure or arrival completes a flow with one open end: "sent from Rotterdam
    # ... seized in Sydney" (destination), "seized in Mombasa, bound for Haiphong" (origin).
    locations = [t for t in live if t.role == LOCATION]
    if locations and _SEIZED[lang].search(sentence):
        for f in flows:
            known = f.origin or f.destination
            if known is None or (f.origin is not None and f.destination is not None):
                continue
            pool = [t for t in locations if _elsewhere(t, known)]
            if not pool:
                continue
            after = [t for t in pool if t.start > known.start]
            pick = after[0] if after else pool[-1]
            pick.inferred = True
            if f.destination is None:
                f.destination = pick
            else:
                f.origin = pick
    return [f for f in flows if f.origin is not None or f.destination is not None]
