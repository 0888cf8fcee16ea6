"""Category and commodity of a sentence, and the cues that make a movement illicit or lawful.

Word lists are per language; each term maps to a category and a commodity written in English
(the record's ``commodity`` is language-neutral so filters work across sources).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# (pattern, category, commodity); patterns are matched case-insensitively at word starts.
_TERMS: dict[str, list[tuple[str, str, str | None]]] = {
    "fr": [
        (r"coca[ïi]ne|crack", "drugs", "cocaine"),
        (r"h[ée]ro[ïi]ne", "drugs", "heroin"),
        (r"cannabis|haschi(?:s)?ch|r[ée]sine de cannabis|marijuana|herbe", "drugs", "cannabis"),
        (r"m[ée]thamph[ée]tamine|crystal meth", "drugs", "methamphetamine"),
        (r"captagon", "drugs", "captagon"),
        (r"opium|morphine", "drugs", "opiates"),
        (
            r"fentanyl|drogues? de synth[èe]se|ecstasy|mdma|amph[ée]tamines?",
            "drugs",
            "synthetic drugs",
        ),
        (
            r"stup[ée]fiants?|drogues?|narcotrafi\w*|narcotiques?|pilules|comprimés|cachets",
            "drugs",
            "drugs",
        ),
        (
            r"kalachnikovs?|fusils?(?: d'assaut)?|pistolets?|armes? (?:de poing|l[ée]g[èe]res|"
            r"automatiques|à feu)|armes?|munitions?|grenades?|explosifs?|lance-roquettes?|"
            r"missiles?|armement",
            "weapons",
            "small arms",
        ),
        (
            r"traite (?:des |d'|d’)?(?:êtres humains|personnes|femmes|enfants)|traite|"
            r"exploitation sexuelle|prostitution|proxén[ée]tisme|travail forcé|esclavage|"
            r"victimes|exploité\w*",
            "human_trafficking",
            "people",
        ),
        (
            r"trafic (?:de |d'|d’)(?:migrants|[êe]tres humains)|passeurs?|migrants?|exil[ée]s?|"
            r"clandestins?|immigration (?:clandestine|irr[ée]guli[èe]re)|embarcations?|"
            r"canots?|small boats?|travers[ée]es?|demandeurs d'asile|r[ée]fugi[ée]s?|personnes|"
            r"familles",
            "migrant_smuggling",
            "migrants",
        ),
        (
            r"blanchi\w*|argent sale|argent liquide|fonds illicites|fonds|argent|capitaux|cash|"
            r"esp[èe]ces|hawala|fraude fiscale|cryptomonnaies?|pots-de-vin|corruption|virements?|"
            r"financ\w*|gains|profits|bénéfices|recettes|sommes|"
            r"(?:milliards?|millions?) de (?:dollars|euros|livres)|dollars",
            "illicit_finance",
            "money",
        ),
        (
            r"contrefa[çc]on|cigarettes|tabac|carburant|esp[èe]ces prot[ée]g[ée]es|ivoire|"
            r"bois (?:précieux|illégal)|or illégal|biens culturels",
            "other",
            "goods",
        ),
    ],
    "en": [
        (r"cocaine|crack", "drugs", "cocaine"),
        (r"heroin", "drugs", "heroin"),
        (r"cannabis|hashish|marijuana|resin", "drugs", "cannabis"),
        (r"methamphetamine|crystal meth|meth", "drugs", "methamphetamine"),
        (r"captagon", "drugs", "captagon"),
        (r"opium|morphine|opiates?", "drugs", "opiates"),
        (r"fentanyl|synthetic drugs?|ecstasy|mdma|amphetamines?", "drugs", "synthetic drugs"),
        (r"narcotics?|drugs?|narco\w*|pills|tablets", "drugs", "drugs"),
        (
            r"kalashnikovs?|rifles?|assault rifles?|pistols?|handguns?|firearms?|guns?|"
            r"small arms|weapons?|arms|ammunition|grenades?|explosives?|rocket launchers?|"
            r"missiles?",
            "weapons",
            "small arms",
        ),
        (
            r"human trafficking|trafficking in (?:human beings|persons)|sex(?:ual)? "
            r"exploitation|forced (?:labour|labor|prostitution)|prostitution|slavery|"
            r"trafficked (?:women|girls|children|people|victims)|victims of trafficking|"
            r"trafficked|victims|exploited",
            "human_trafficking",
            "people",
        ),
        (
            r"migrant smuggling|people smuggl\w*|smugglers?|migrants?|asylum seekers?|refugees?|"
            r"irregular (?:migration|crossings?)|small boats?|dinghies|dinghy|crossings?|people|"
            r"persons|families|smuggl\w*",
            "migrant_smuggling",
            "migrants",
        ),
        (
            r"money laundering|launder\w*|dirty money|illicit (?:funds|money|financial flows)|"
            r"funds|money|cash|hawala|bribes?|cryptocurrenc\w*|proceeds|banknotes|"
            r"wire transfers?|financ\w*|profits|"
            r"(?:billion|million) (?:dollars|euros|pounds)|dollars",
            "illicit_finance",
            "money",
        ),
        (
            r"counterfeit\w*|cigarettes|tobacco|fuel|wildlife|ivory|timber|cultural goods|"
            r"illegal gold|gold",
            "other",
            "goods",
        ),
    ],
}

_ILLICIT = {
    "fr": r"trafi\w*|contrebande|passeurs?|r[ée]seaux?|gangs?|mafias?|cartels?|saisi\w*|"
    r"ill[ée]ga\w*|illicites?|clandestin\w*|march[ée] noir|d[ée]tourn\w*|blanchi\w*|"
    r"criminel\w*|démantel\w*|interpell\w*|arrêt[ée]\w*|Darknet|exploitation|traite|"
    r"dissimul\w*|cach[ée]\w*|passé\w* en fraude|irr[ée]guli\w*|clandestin\w*|passeurs?|"
    r"filières?|corrompu\w*|pots-de-vin|sociétés? écrans?|origine douteuse|origine criminelle|"
    r"laverie|fraud\w*|contrebandiers?|vol[ée]e?s|pill[ée]\w*|secrètement|occultes?|"
    r"argent sale|argent de la drogue|stupéfiants",
    "en": r"traffick\w*|smuggl\w*|contraband|gangs?|mafias?|cartels?|networks?|seiz\w*|"
    r"illegal\w*|illicit\w*|black market|divert\w*|launder\w*|criminal\w*|dismantl\w*|"
    r"arrest\w*|darknet|dark web|exploit\w*|conceal\w*|hidden|irregular\w*|"
    r"clandestine\w*|bribe\w*|corrupt\w*|shell compan\w*|stolen|looted|secretly|covert\w*|"
    r"dirty money|drug money|drug proceeds|proceeds of crime",
}
_LAWFUL = {
    "fr": r"aide militaire|assistance militaire|livraisons? (?:officielles? )?d'armes "
    r"(?:[\w'’-]+ ){0,3}?(?:à|au|aux)|ventes? d'armes (?:autorisée|approuvée|à l'armée)\w*|"
    r"(?:transf[ée]r\w*|organisé le transfert) (?:de |d['’])?(?:\d[\d\s]* )?"
    r"(?:demandeurs d['’]asile|mineurs|réfugiés|détenus|migrants)|"
    r"(?:demandeurs d['’]asile|réfugiés|détenus|mineurs) "
    r"(?:[\w-]+ ){0,2}?(?:ont été|sont|seront|étaient) transférés|canaux officiels|"
    r"exportations? (?:légales|autorisées)|ventes? autorisées?|"
    r"relocalis\w*|réinstall\w*|évacu\w*|transferts? (?:légaux|autorisés)|"
    # repatriated people are a lawful movement; "gains rapatriés en Roumanie" is not
    r"rapatriements?(?! (?:des |de l['’]|de |d['’])(?:fonds|gains|argent|profits|bénéfices))|"
    r"(?:migrants|ressortissants|réfugiés|personnes|mineurs|victimes|exilés)[^.]{0,40}?"
    r"rapatri\w*|rapatri\w*\s+(?:\d[\d\s]*\s+)?(?:des\s+|les\s+)?(?:migrants|ressortissants|"
    r"réfugiés|personnes|mineurs|victimes|exilés)|"
    r"(?:envoy[ée]\w*|livr[ée]\w*|fourni\w*) (?:par|à) (?:le gouvernement|les autorités|"
    r"l'armée|l'OTAN|l'Union européenne)|dons? d'armes|programme de réinstallation|"
    r"voies légales|dans le cadre d'un accord|expuls\w*|reconduit\w* à la frontière|"
    r"extrad\w*|réadmission",
    "en": r"military aid|military assistance|security assistance|arms (?:deliveries|transfers) "
    r"(?:approved|authori[sz]ed)|approved the sale|arms sales? to|official channels|"
    r"transferred (?:\d[\d,]* )?(?:asylum seekers|refugees|detainees|minors|migrants)|"
    r"(?:asylum seekers|refugees|detainees|minors|migrants) "
    r"(?:were|are|have been|had been|will be) (?:\w+ )?transferred|export licen[cs]es?|"
    r"licensed exports?|authori[sz]ed (?:exports?|transfers?)|"
    r"reloca\w*|resettle\w*|evacuat\w*|legal pathways?|lawful\w*|"
    r"repatriations?(?! of (?:funds|profits|proceeds|money))|(?:migrants|nationals|refugees|"
    r"people|minors|victims|citizens)[^.]{0,40}?repatriat\w*|"
    r"humanitarian corridor\w*|under an agreement|deport\w*|extradit\w*|readmission",
}
_NEGATION = {
    "fr": r"\b(?:n'|n’|ne\s)(?:\w+\s){0,2}?(?:pas|jamais|plus|aucun\w*)\b|\baucun\w*\b|\bsans\b",
    "en": r"\b(?:not|never|no longer|n't|no evidence|did not|denied)\b|n't\b",
}


@dataclass(frozen=True)
class CategoryHit:
    category: str
    commodity: str | None
    start: int
    end: int
    term: str


@lru_cache(maxsize=4)
def _compiled(lang: str):
    lang = lang if lang in _TERMS else "en"
    terms = [
        (re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE), cat, com)
        for p, cat, com in _TERMS[lang]
    ]
    return (
        terms,
        re.compile(rf"(?<!\w)(?:{_ILLICIT[lang]})", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:{_LAWFUL[lang]})", re.IGNORECASE),
        re.compile(_NEGATION[lang], re.IGNORECASE),
    )


def find_category_terms(text: str, lang: str) -> list[CategoryHit]:
    """Every category term in ``text``, non-overlapping, earlier list entries first."""
    terms, *_ = _compiled(lang)
    hits: list[CategoryHit] = []
    for pattern, cat, com in terms:
        for m in pattern.finditer(text):
            if any(m.start() < h.end and h.start < m.end() for h in hits):
                continue
            hits.append(CategoryHit(cat, com, m.start(), m.end(), m.group(0)))
    hits.sort(key=lambda h: h.start)
    return hits


# When a sentence names several categories, the more specific wins over generic words:
# "passeurs d'armes" is weapons; "argent" alone is weak.
_WEAK_TERMS = re.compile(
    r"^(?:argent|fonds|money|funds|capital|cash|capitaux|réseaux?|armement|crossings?|passeurs?|smugglers?|"
    r"traversées?|embarcations?|herbe|trafficked|victims|victimes|boats?|bateaux|canots?|"
    r"small boats?|dinghy|dinghies|crossings?|dollars|pilules|comprimés|cachets|pills|tablets|"
    r"exploité\w*|exploited|virements?|wire transfers?|financ\w*|"
    r"personnes|familles|people|persons|families|smuggl\w*|gold|"
    r"(?:milliards?|millions?) de "
    r"(?:dollars|euros|livres)|(?:billion|million) (?:dollars|euros|pounds))$",
    re.IGNORECASE,
)


_FINANCE_FIRST = re.compile(
    r"^(?:blanchi\w*|launder\w*|money laundering|hawala|argent sale|dirty money|argent liquide|"
    r"fonds illicites|illicit (?:funds|money|financial flows)|proceeds|gains|profits|bénéfices|"
    r"recettes|sommes|fonds|funds)$",
    re.IGNORECASE,
)


def is_weak(hit: CategoryHit) -> bool:
    """Words that say little about the category on their own ("argent", "bateaux", "victimes")."""
    return bool(_WEAK_TERMS.match(hit.term))


def document_category(text: str | list[CategoryHit], lang: str) -> CategoryHit | None:
    """The category a whole document is mostly about (strong terms only), or None.

    ``text`` may be the document's hits already found (one pass over the text is enough).
    """
    found = find_category_terms(text, lang) if isinstance(text, str) else text
    hits = [h for h in found if not is_weak(h)]
    if not hits:
        return None
    counts: dict[str, int] = {}
    for h in hits:
        counts[h.category] = counts.get(h.category, 0) + 1
    best = max(counts, key=lambda c: counts[c])
    return next(h for h in hits if h.category == best)


def dominant_category(hits: list[CategoryHit]) -> CategoryHit | None:
    """The category a sentence (or clause) is about: strongest term, then first one."""
    if not hits:
        return None
    strong = [h for h in hits if not _WEAK_TERMS.match(h.term)]
    for h in strong:
        if _FINANCE_FIRST.match(h.term):
            return h  # "l'argent du trafic de drogue est blanchi": the flow is the money
    pool = strong or hits
    # Trafficking in people named explicitly beats the generic "migrants" of the same clause.
    for cat in ("human_trafficking",):
        for h in pool:
            if h.category == cat:
                return h
    return pool[0]


def has_illicit_cue(text: str, lang: str) -> bool:
    """An illicit cue that is not negated ("has not been diverted" does not count)."""
    neg = _compiled(lang)[3]
    for m in _compiled(lang)[1].finditer(text):
        if not neg.search(text[max(0, m.start() - 25) : m.start()]):
            return True
    return False


def has_lawful_cue(text: str, lang: str) -> bool:
    return bool(_compiled(lang)[2].search(text))
