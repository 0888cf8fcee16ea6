"""From documents to candidate flow records: the extraction pipeline.

One :class:`Extractor` (gazetteer loaded once) handles any number of documents. For each
document: language -> place mentions (whole text, so the country focus is known) -> per
sentence: category terms, roles of places (with back-references: "le pays", "the emirate",
"d'où", nationalities), flows, period -> across sentences: routes that go on ("then",
"later", "de là"), sources named before, the halves of one movement told in two sentences ->
:class:`Candidate` objects that serialise to the CLI contract (``as_json``) and to a
:class:`flows.model.FlowRecord`.
"""

from __future__ import annotations

import hashlib
import re
import sys
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from flows.dates import PartialDate
from flows.extract import categories as cat
from flows.extract.demonyms import demonym_country
from flows.extract.direction import (
    DEST,
    LOCATION,
    ORIGIN,
    SUBJECT,
    VIA,
    FlowDraft,
    Tagged,
    assign_roles,
    group_flows,
    has_movement,
)
from flows.extract.lang import detect_language, language_warning
from flows.extract.periods import sentence_period
from flows.extract.readers import Document, ReadIssue, is_source_url, read_documents
from flows.extract.sentences import split_sentences
from flows.extract.toponyms import Mention, Token, ToponymScanner
from flows.model import FlowRecord

_BACKREF = {
    "fr": re.compile(r"\b(?:le|ce|du|au|dans\s+le|vers\s+le)\s+(pays)\b", re.I),
    "en": re.compile(r"\b(?:the|this|that)\s+(country)\b", re.I),
}
# "la cocaïne y arrive", "y transite", "shipped there": the place named just before.
_THERE = {
    "fr": re.compile(
        r"\b(?P<w>y)\s+(?:(?P<via>transit\w*|pass\w*)|arriv\w*|débarqu\w*|entr\w*|aboutiss\w*|"
        r"sont\s+(?:acheminé|envoyé|expédié|livré|introduit|conduit)\w*)",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:shipped|smuggled|sent|taken|brought|moved|trafficked|flown|trucked)\s+"
        r"(?P<via>through\s+)?(?P<w>there)\b",
        re.I,
    ),
}
# "l'archipel", "the emirate", "the island": the last place of that kind named before (not
# "the island of Lesbos", which names its own place).
_KIND_BACKREF = {
    "fr": re.compile(
        r"\b(?:l['’]|cet(?:te)?\s+|la\s+|le\s+)(?P<n>archipel|île|émirat|capitale)\b"
        r"(?!\s+(?:de|d['’]|du|des)\b)",
        re.I,
    ),
    "en": re.compile(
        r"\b(?:the|this|that)\s+(?P<n>archipelago|islands?|emirate|capital)\b(?!\s+of\b)", re.I
    ),
}
_KIND_OF = {
    "archipel": ("region",), "archipelago": ("region",), "île": ("region", "city"),
    "island": ("region", "city"), "islands": ("region",), "émirat": ("city", "country"),
    "emirate": ("city", "country"), "capitale": ("city",), "capital": ("city",),
}  # fmt: skip
# "envoyée au Maroc, d'où provenait la résine", "to Benghazi, from where...": the place just
# named is where the next movement starts.
_WHENCE = {
    "fr": re.compile(r"\bd['’]où\b", re.I),
    "en": re.compile(r"\b(?:from\s+where|whence)\b", re.I),
}
# Words a demonym qualifies when it says where goods or people come from.
_CARRIED = {
    "fr": frozenset(
        """héroïne cocaïne cannabis haschich résine armes arme fusils pistolets kalachnikovs
        munitions migrants migrantes femmes filles hommes enfants mineurs victimes
        réfugiés exilés demandeurs travailleurs jeunes prostituées clandestins opium drogue
        drogues argent fonds capitaux cigarettes méthamphétamine captagon précurseurs arsenaux
        stocks dépôts adolescents adolescentes garçons ressortissants passagers""".split()
    ),
    "en": frozenset(
        """heroin cocaine cannabis hashish weapons arms guns rifles pistols migrants women
        girls men children minors victims refugees asylum workers opium meth money
        funds cigarettes methamphetamine captagon precursor precursors arsenals stockpiles
        stocks depots teenagers adolescents youths boys nationals citizens passengers""".split()
    ),
}
# Words inside a list of demonyms ("Syrian, Afghan and Iraqi", "des Maliens et des Guinéens").
_LIST_WORDS = frozenset({"and", "or", "et", "ou", "des", "de", "d'", "d’"})
# "les passagers sont des Sénégalais", "most of them were Eritreans": people named by nationality.
_COPULA = {
    "fr": frozenset({"sont", "étaient", "majoritairement", "principalement", "surtout", "dont"}),
    "en": frozenset({"are", "were", "mostly", "mainly", "largely", "including", "among"}),
}
# People named by nationality who travel: "the Bangladeshis had first flown to", "des
# Afghans arrivent en Grèce" (the verb follows within a few words, no place in between).
_TRAVELLED = {
    "fr": re.compile(
        r"[^.;:!?]{0,40}?\b(?:arriv\w*|voyag\w*|travers\w*|rejoi\w*|gagn\w*|débarqu\w*|"
        r"franchi\w*|passé\w*|partis|parties|embarqu\w*)",
        re.I,
    ),
    "en": re.compile(
        r"[^.;:!?]{0,40}?\b(?:arriv\w*|flown|flew|travel\w*|crossed|cross|sailed|reached|"
        r"walked|landed|made\s+their\s+way|set\s+off|left)\b",
        re.I,
    ),
}
# "De là", "ensuite", "then": the movement continues from where the previous one ended.
_CONTINUE = {
    "fr": re.compile(
        r"\b(?:de\s+là|à\s+partir\s+de\s+là|ensuite|par\s+la\s+suite|plus\s+tard|"
        r"une\s+fois\s+(?:sur\s+place|là-bas|arrivé\w*))\b",
        re.I,
    ),
    "en": re.compile(r"\b(?:from\s+there|then|thereafter|onwards?|later|once\s+there)\b", re.I),
}
# People as what moves: "des adolescents sont acheminés", "women were trafficked".
_PEOPLE = {
    "fr": r"adolescent\w*|jeunes|mineur\w*|enfants|femmes|filles|hommes|personnes|victimes|"
    r"migrant\w*|exilé\w*|travailleu\w*|familles|ressortissant\w*",
    "en": r"teenagers|adolescents|children|minors|women|girls|men|people|persons|victims|"
    r"migrants|workers|families|nationals",
}
_PEOPLE_MOVED = {
    lang: re.compile(
        rf"\b(?:{_PEOPLE[lang]})\b[^.;:]{{0,80}}?\b{verbs}",
        re.IGNORECASE,
    )
    for lang, verbs in (
        ("fr", r"(?:sont|ont\s+été|étaient|seront|avaient\s+été)\s+(?:\w+\s+)?(?:achemin|"
               r"conduit|transport|emmen|amen|introdui|fait\w*\s+venir|envoy|vendu|revendu)"),
        ("en", r"(?:are|were|have\s+been|had\s+been|being)\s+(?:\w+\s+)?(?:smuggled|"
               r"trafficked|taken|brought|moved|transported|sold|sent|lured)"),
    )
}  # fmt: skip
_PEOPLE_CATEGORIES = ("human_trafficking", "migrant_smuggling")
_TRAFFICKED = {
    "fr": re.compile(r"\btraite\b|exploit\w*|vendu\w*|revendu\w*", re.I),
    "en": re.compile(r"traffick\w*|exploit\w*|\bsold\b", re.I),
}
_PEOPLE_HT = {
    "fr": re.compile(r"\btraite\b|exploit\w*|prostitution|esclavage|travail\s+forcé", re.I),
    "en": re.compile(r"trafficking\s+in|exploit\w*|prostitution|slavery|forced\s+labou?r", re.I),
}
# Places of production and of seizure, remembered for the sentences that follow.
_PRODUCED = {
    "fr": re.compile(r"produi\w*|production|cultiv\w*|fabriqu\w*|laboratoires?|raffin\w*", re.I),
    "en": re.compile(r"produc\w*|grown|cultivat\w*|manufactur\w*|labs?\b|laborator\w*", re.I),
}
_SEIZED_HERE = {
    "fr": re.compile(r"saisi\w*|intercept\w*|interpell\w*|arrêt[ée]\w*|découv\w*", re.I),
    "en": re.compile(r"seiz\w*|intercept\w*|arrest\w*|apprehend\w*|found|discover\w*", re.I),
}


@dataclass
class Candidate:
    """A candidate flow: what the CLI prints and what the review store keeps."""

    doc: Document
    category: str
    commodity: str | None
    origin: Tagged | None
    destination: Tagged | None
    via: list[Tagged]
    period_start: str | None
    period_end: str | None
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float
    lang: str | None = None

    @staticmethod
    def _place_json(t: Tagged | None) -> dict | None:
        if t is None:
            return None
        return {"surface": t.surface, **t.place.as_json()}

    def as_json(self) -> dict:
        """The ``flows extract --format jsonl`` object (DESIGN.md command-line contract)."""
        return {
            "doc": self.doc.id,
            "category": self.category,
            "commodity": self.commodity,
            "origin": self._place_json(self.origin),
            "destination": self._place_json(self.destination),
            "via": [self._place_json(v) for v in self.via],
            "period_start": self.period_start,
            "period_end": self.period_end,
            "evidence": self.evidence,
            "evidence_start": self.evidence_start,
            "evidence_end": self.evidence_end,
            "confidence": self.confidence,
        }

    @property
    def key(self) -> str:
        """Stable identity: same document, evidence, category and endpoints -> same key."""
        parts = [
            self.doc.content_hash,
            str(self.evidence_start),
            str(self.evidence_end),
            self.category,
            self.origin.place.id if self.origin else "",
            self.destination.place.id if self.destination else "",
        ]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def to_record(self) -> FlowRecord:
        """The candidate as a FlowRecord (status ``extracted``, verification ``unverified``)."""

        def ref(t: Tagged | None) -> dict | None:
            if t is None:
                return None
            out = {"name": t.place.name}
            if t.place.country_code and re.match(r"^[A-Z]{2}$", t.place.country_code):
                out["country"] = t.place.country_code
            return out

        doc = self.doc
        published = doc.published
        if published:
            try:
                PartialDate.parse(published)
            except ValueError:
                published = None
        lang = self.lang if self.lang and re.match(r"^[a-z]{2}$", self.lang) else None
        title = (doc.title or "").strip() or doc.label
        # A collection's document without a usable url is cited by file and id, so the
        # reviewed record still says where its evidence comes from.
        url = doc.url.strip() if doc.url and is_source_url(doc.url) else doc.reference
        return FlowRecord(
            id=f"x-{self.key[:12]}",
            category=self.category,
            commodity=self.commodity,
            origin=ref(self.origin),
            destination=ref(self.destination),
            via=[ref(v) for v in self.via],
            period_start=self.period_start,
            period_end=self.period_end,
            status="extracted",
            verification="unverified",
            confidence=self.confidence,
            summary=None,
            sources=[
                {
                    "title": title[:300],
                    "publisher": (doc.publisher or "unknown").strip() or "unknown",
                    "url": url,
                    "published": published,
                    "language": lang,
                    "evidence": self.evidence,
                    "evidence_start": self.evidence_start,
                    "evidence_end": self.evidence_end,
                }
            ],
        )


@dataclass
class DocResult:
    doc: Document
    lang: str | None
    mentions: list[Mention]
    candidates: list[Candidate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Extractor:
    """Extracts place mentions and candidate flows; load once, reuse for many documents."""

    def __init__(self, gazetteer=None) -> None:
        self.scanner = ToponymScanner(gazetteer)

    # -- language ------------------------------------------------------------------------------
    def language(self, doc: Document, override: str | None = None) -> tuple[str | None, list[str]]:
        lang = override or doc.lang or detect_language(doc.text)
        warning = language_warning(lang)
        return lang, [f"{doc.id}: {warning}"] if warning else []

    def places(self, doc: Document, lang: str | None = None) -> DocResult:
        return self._places(doc, lang)[0]

    def _places(self, doc: Document, lang: str | None) -> tuple[DocResult, list[Token]]:
        lang, warnings = self.language(doc, lang)
        warnings = [*doc.warnings, *warnings]  # reading (not UTF-8) first, then language
        rules_lang = lang if lang in ("fr", "en") else "en"
        mentions, tokens = self.scanner.scan_tokens(doc.text, rules_lang)
        return DocResult(doc, lang, mentions, warnings=warnings), tokens

    def extract(self, doc: Document, lang: str | None = None) -> DocResult:
        result, tokens = self._places(doc, lang)
        rules_lang = result.lang if result.lang in ("fr", "en") else "en"
        result.candidates = self._flows(doc, result.mentions, rules_lang, result.lang, tokens)
        return result

    # -- flows -----------------------------------------------------------------------------------
    def _hints(
        self, toks: list[Token], mentions: list[Mention], lang: str, text: str | None = None
    ) -> list[Tagged]:
        """Demonyms next to what moves ("héroïne afghane", "Nigerian women", "Syrian, Afghan
        and Iraqi nationals", "sont des Érythréens et des Soudanais") and the people who send
        ("les Ukrainiens inondent"), as inferred origins. ``toks``: the sentence's."""
        out: list[Tagged] = []
        carried = _CARRIED[lang]
        codes = [demonym_country(t.text, lang) for t in toks]
        for i, t in enumerate(toks):
            code = codes[i]
            if code is None:
                continue
            a, b = t.start, t.end
            if any(m.start < b and a < m.end for m in mentions):
                continue
            place = self.scanner._country(code)
            if place is None:
                continue
            # A list of demonyms shares the noun it qualifies: walk over the list.
            lo, hi = i, i
            while lo > 0 and (codes[lo - 1] or toks[lo - 1].text.lower() in _LIST_WORDS):
                lo -= 1
            while hi + 1 < len(toks) and (
                codes[hi + 1] or toks[hi + 1].text.lower() in _LIST_WORDS
            ):
                hi += 1
            before = toks[lo - 1].text.lower() if lo > 0 else ""
            after = toks[hi + 1].text.lower() if hi + 1 < len(toks) else ""
            neighbour = before if lang == "fr" else after
            role = ORIGIN if neighbour in carried else None
            if role is None and before in _COPULA[lang] and _people_noun(t.text, lang):
                # "les passagers sont des Sénégalais", "most were Eritreans"
                role = ORIGIN
            if (
                role is None
                and text is not None
                and _people_noun(t.text, lang)
                and _TRAVELLED[lang].match(text, toks[hi].end)
            ):
                # "Many of the Bangladeshis had first flown to Dubai", "des Afghans arrivent"
                role = ORIGIN
            out.append(Tagged(a, b, t.text, place, role, inferred=True))
        return out

    def _backrefs(
        self, text: str, s: int, e: int, earlier: list[Mention], lang: str, here: list[Mention]
    ):
        """ "le pays", "the country" (the last country named before), "l'archipel", "the
        emirate" (the last place of that kind), "d'où" / "from where" (the place just named),
        and French "y" / English "there" after a verb of movement (the last place named
        before). ``earlier``: mentions before the sentence; ``here``: the sentence's."""
        out: list[Tagged] = []
        sentence = text[s:e]

        for m in _WHENCE[lang].finditer(sentence):
            a, b = s + m.start(), s + m.end()
            prior = earlier + [x for x in here if x.end <= a]
            if prior and prior[-1].end >= a - 40:  # the place named just before
                ante = prior[-1]
                out.append(Tagged(a, b, ante.surface, ante.place, ORIGIN, inferred=True))
        if not earlier:
            return out
        # The surface shown is the antecedent's ("Maroc", not "le pays"); offsets stay on the
        # pronoun so that roles are read from the words around it.
        country = next((m for m in reversed(earlier) if m.place.kind == "country"), None)
        if country is not None:
            out += [
                Tagged(s + m.start(1), s + m.end(1), country.surface, country.place, None, True)
                for m in _BACKREF[lang].finditer(sentence)
            ]
        for m in _KIND_BACKREF[lang].finditer(sentence):
            a, b = s + m.start("n"), s + m.end("n")
            kinds = _KIND_OF[m.group("n").lower()]
            # earlier sentences only: "from London to the emirate" does not mean London
            ante = next((x for x in reversed(earlier) if x.place.kind in kinds), None)
            if ante is not None:
                out.append(Tagged(a, b, ante.surface, ante.place, None, inferred=True))
        last = earlier[-1]
        for m in _THERE[lang].finditer(sentence):
            role = VIA if m.group("via") else DEST
            a, b = s + m.start("w"), s + m.end("w")
            out.append(Tagged(a, b, last.surface, last.place, role, inferred=True))
        return out

    def _flows(
        self, doc: Document, mentions: list[Mention], lang: str, doc_lang, tokens: list[Token]
    ) -> list[Candidate]:
        text = doc.text
        sentences = split_sentences(text)
        out: list[Candidate] = []
        out_idx: list[int] = []  # sentence index of each candidate
        recent: list[tuple[int, cat.CategoryHit]] = []  # (sentence index, category)
        # One pass over the document for category terms; sentences take their share by offset.
        all_hits = cat.find_category_terms(text, lang)
        doc_hit = cat.document_category(all_hits, lang)
        people_doc = _PEOPLE_HT[lang].search(text) is not None
        starts = [t.start for t in tokens]
        hit_starts = [h.start for h in all_hits]
        m_starts = [m.start for m in mentions]
        # (sentence index, where the flows of the last sentence with flows ended)
        last_end: tuple[int, list[Tagged]] | None = None
        sources: list[tuple[int, str | None, Tagged]] = []  # where goods come from (earlier)
        seized: list[tuple[int, Tagged]] = []  # places of seizure or arrest (earlier)
        for idx, (s, e) in enumerate(sentences):
            sentence = text[s:e]
            hits = all_hits[bisect_left(hit_starts, s) : bisect_left(hit_starts, e)]
            dom = cat.dominant_category(hits)
            if dom is not None:
                recent.append((idx, dom))
            lo, hi = bisect_left(m_starts, s), bisect_left(m_starts, e)
            sent_mentions = [m for m in mentions[lo:hi] if m.end <= e]
            items = [Tagged(m.start, m.end, m.surface, m.place, None) for m in sent_mentions]
            sent_toks = tokens[bisect_left(starts, s) : bisect_left(starts, e)]
            hints = self._hints(sent_toks, sent_mentions, lang, text)
            items += hints + self._backrefs(text, s, e, mentions[:lo], lang, sent_mentions)
            if not items:
                continue
            items.sort(key=lambda t: t.start)
            assign_roles(sentence, s, items, lang)
            for h in hints:  # a demonym only ever gives an origin (goods) or a sender
                if h.role == SUBJECT and not _people_noun(h.surface, lang):
                    h.role = None  # "Dutch networks move...": who acts, not where from
                if h.role not in (ORIGIN, SUBJECT):
                    h.role = None
            self._remember_places(items, sentence, lang, idx, dom, sources, seized)
            drafts = group_flows(items, sentence, lang, s)
            if not drafts:
                continue
            illicit = cat.has_illicit_cue(sentence, lang)
            lawful = cat.has_lawful_cue(sentence, lang)
            if lawful and not illicit:
                continue  # military aid, relocations: lawful movements are not flows
            inherited = False
            if dom is not None and cat.is_weak(dom) and doc_hit is not None:
                dom = doc_hit  # only weak words here ("victimes", "bateaux"): the document decides
            moved_people = _PEOPLE_MOVED[lang].search(sentence) is not None
            if moved_people and (dom is None or dom.category not in _PEOPLE_CATEGORIES):
                # "des adolescents sont acheminés ... pour travailler dans des fermes de
                # cannabis": the people are what moves, the cannabis is why.
                trafficked = _TRAFFICKED[lang].search(sentence) is not None
                category = "human_trafficking" if people_doc or trafficked else "migrant_smuggling"
                dom = cat.CategoryHit(category, "people", 0, 0, "people")
            if dom is None and any(
                _people_noun(h.surface, lang) and h.surface.endswith("s") for h in hints
            ):
                # "faisait passer des Afghans de la Turquie vers...": people moved across borders
                dom = cat.CategoryHit("migrant_smuggling", "migrants", 0, 0, "people")
                inherited = True
            if dom is None:
                prior = [h for i, h in recent if idx - 2 <= i < idx]
                if prior:
                    dom, inherited = prior[-1], True
                elif (
                    doc_hit is not None
                    and has_movement(sentence, lang)
                    and any(not p.inferred for d in drafts for p in (d.origin, d.destination) if p)
                ):
                    dom, inherited = doc_hit, True
                else:
                    continue
            prev_s = text[sentences[idx - 1][0] : sentences[idx - 1][1]] if idx else ""
            prev_illicit = cat.has_illicit_cue(prev_s, lang)
            cont = _CONTINUE[lang].search(sentence)
            ends: list[Tagged] = []
            queue = list(drafts)
            for d in queue:
                hit = self._category_for(d, hits) or dom
                if cat.is_weak(hit) and not inherited or moved_people:
                    hit = dom
                if hit.category in ("weapons", "illicit_finance") and not illicit:
                    # Arms and money move lawfully too: ask for an illicit cue in the sentence
                    # or the one before (when this one has no lawful cue).
                    if lawful or not prev_illicit:
                        continue
                first = min(p.start for p in d.places) - s
                if (
                    d.origin is None
                    and cont is not None
                    and cont.start() < first
                    and last_end is not None
                    and last_end[0] >= idx - 2
                ):
                    # "De là", "ensuite": the movement goes on from where the last one ended
                    # (from each place, when several flows ended or started there)
                    d.origin = _inferred(last_end[1][0], ORIGIN)
                    queue += _fan_out(d, last_end[1][1:])
                if d.origin is None and d.destination is not None:
                    # Where they were before they moved, said earlier in the sentence: "After
                    # weeks in camps near Tripoli, the victims are put on boats to Sicily".
                    here = [
                        t
                        for t in items
                        if t.role == LOCATION
                        and not t.negated
                        and not t.inferred
                        and t.end <= d.destination.start
                        and _other_place(t, d.destination)
                        # a fronted phrase: the place ends the sentence's first clause
                        and "," not in sentence[: t.start - s]
                        and "," in text[t.end : d.destination.start]
                    ]
                    if here:
                        d.origin = _inferred(here[-1], ORIGIN)
                if d.origin is None and (d.destination is not None or d.via):
                    # Where these goods come from, said a sentence or two before
                    # ("La production explose en Afghanistan. Une partie part vers l'Iran").
                    src = _latest(sources, idx, 3, hit.category, d)
                    if src is not None:
                        d.origin = _inferred(src, ORIGIN)
                        # a list of sources ("sourced from Cameroon, Gabon and the DRC"): one
                        # flow from each
                        queue += _fan_out(d, _siblings(sources, src, hit.category))
                if d.destination is None and d.origin is not None:
                    # Where they were seized or arrested, said just before ("Cocaine was seized
                    # in Antwerp. It came from Ecuador.")
                    dst = _latest([(i, None, t) for i, t in seized], idx, 2, None, d)
                    if dst is not None:
                        d.destination = _inferred(dst, DEST)
                if (
                    d.origin is not None
                    and d.destination is not None
                    and d.origin.place.id == d.destination.place.id
                ):
                    continue
                ends.append(d)
                if d.origin is not None and not d.origin.inferred:
                    sources.append((idx, hit.category, d.origin))
                period = sentence_period(sentence, lang, doc.published, _focus(d, s, e))
                out_idx.append(idx)
                out.append(
                    Candidate(
                        doc=doc,
                        category=hit.category,
                        commodity=hit.commodity,
                        origin=d.origin,
                        destination=d.destination,
                        via=d.via,
                        period_start=period.start,
                        period_end=period.end,
                        evidence=sentence,
                        evidence_start=s,
                        evidence_end=e,
                        confidence=_confidence(d, inherited, illicit),
                        lang=doc_lang,
                    )
                )
            if ends:
                with_dest = [d.destination for d in ends if d.destination is not None]
                pool = with_dest or [d.origin for d in ends if d.origin is not None]
                distinct = list({t.place.id: t for t in reversed(pool)}.values())
                last_end = (idx, distinct)
        return _dedupe(_join_sentences(out, out_idx))

    @staticmethod
    def _remember_places(items, sentence, lang, idx, dom, sources, seized) -> None:
        """Keep production places ("produite en Afghanistan") and seizure places ("saisies
        à Anvers") for the sentences that follow."""
        located = [t for t in items if t.role == LOCATION and not t.negated]
        if not located:
            return
        if _PRODUCED[lang].search(sentence):
            for t in located:
                sources.append((idx, dom.category if dom else None, t))
        if _SEIZED_HERE[lang].search(sentence):
            for t in located:
                seized.append((idx, t))

    @staticmethod
    def _category_for(d: FlowDraft, hits: list[cat.CategoryHit]) -> cat.CategoryHit | None:
        """The category term closest before the flow's first place (several flows a sentence).

        Hits and places carry document offsets."""
        if not hits or not d.places:
            return None
        first = min(p.start for p in d.places)
        last = max(p.end for p in d.places)
        before = [h for h in hits if h.end <= first]
        inside = [h for h in hits if first <= h.start <= last]
        if inside and d.origin is not None and d.origin.inferred and d.origin.start == first:
            # "envoyé au Maroc, d'où provenait la résine": the goods named after the pointer
            before = []
        pool = before[-2:] + inside or hits
        return cat.dominant_category(pool)


def _focus(d: FlowDraft, s: int, e: int) -> tuple[int, int] | None:
    """Where the flow's places named in this sentence lie, as offsets in the sentence."""
    here = [p for p in d.places if s <= p.start and p.end <= e]
    if not here:
        return None
    return min(p.start for p in here) - s, max(p.end for p in here) - s


def _other_place(a: Tagged, b: Tagged) -> bool:
    ca, cb = a.place.country_code, b.place.country_code
    return a.place.id != b.place.id and not (ca and cb and ca == cb)


def _join_sentences(cands: list[Candidate], idxs: list[int]) -> list[Candidate]:
    """Join the halves of one movement told in two sentences, and drop the half-flows that a
    neighbouring sentence completes.

    - "Heroin reached Germany. It was smuggled from Afghanistan": the origin-only flow takes
      the destination of the flow just before that has none of its own (which is dropped);
      people named by nationality ("Syrian nationals made up half of the arrivals") take the
      destination of the arrivals just before, whatever their origin.
    - "The rifles came from Serbia. They were ... driven to Sweden": a half-flow is dropped
      when a flow within two sentences has the same category, the same known end and the
      other end too.
    """
    drop: set[int] = set()
    for j, c in enumerate(cands):
        if c.origin is None or c.destination is not None:
            continue
        for i in range(j - 1, -1, -1):
            if idxs[i] == idxs[j]:
                continue
            if idxs[j] - idxs[i] > 1:
                break
            p = cands[i]
            if p.category != c.category or p.destination is None:
                continue
            if p.origin is not None and not c.origin.inferred:
                continue
            if not _other_place(p.destination, c.origin):
                continue
            c.destination = _inferred(p.destination, DEST)
            if p.origin is None:
                drop.add(i)
            break
    for j, c in enumerate(cands):
        if j in drop or (c.origin is None) == (c.destination is None):
            continue
        if c.origin is not None:
            known, attr, other = c.origin, "origin", "destination"
        else:
            known, attr, other = c.destination, "destination", "origin"
        for i, p in enumerate(cands):
            if i == j or i in drop or abs(idxs[i] - idxs[j]) > 2 or p.category != c.category:
                continue
            pk = getattr(p, attr)
            if pk is not None and getattr(p, other) is not None and pk.place.id == known.place.id:
                drop.add(j)
                break
    return [c for j, c in enumerate(cands) if j not in drop]


def _inferred(t: Tagged, role: str) -> Tagged:
    return Tagged(t.start, t.end, t.surface, t.place, role, inferred=True)


def _latest(found, idx: int, back: int, category: str | None, d: FlowDraft) -> Tagged | None:
    """The latest remembered place from the ``back`` sentences before ``idx`` that fits the
    flow: same category (when both are known) and another country than the flow's places."""
    taken = {p.place.country_code or p.place.id for p in d.places}
    own = {id(p) for p in d.places}
    for i, cat_, t in reversed(found):
        if not (idx - back <= i <= idx) or id(t) in own:
            continue
        if category and cat_ and cat_ != category:
            continue
        if (t.place.country_code or t.place.id) in taken:
            continue
        return t
    return None


def _siblings(found, src: Tagged, category: str) -> list[Tagged]:
    """The other places remembered with ``src`` (same sentence, same category)."""
    idx = next((i for i, _, t in found if t is src), None)
    return [t for i, c, t in found if i == idx and c == category and t is not src]


def _fan_out(d: FlowDraft, origins: list[Tagged]) -> list[FlowDraft]:
    """Copies of ``d`` from each of ``origins`` (other places than its destination)."""
    out = []
    for t in origins:
        if d.destination is None or _other_place(t, d.destination):
            out.append(FlowDraft(_inferred(t, ORIGIN), d.destination, list(d.via), d.start))
    return out


def _people_noun(word: str, lang: str) -> bool:
    """ "les Ukrainiens", "Albanians": a nationality used as a noun (people who act)."""
    if lang == "fr":
        return word[:1].isupper()
    return word[:1].isupper() and word.endswith("s")


def _confidence(d: FlowDraft, inherited: bool, illicit: bool) -> float:
    score = 0.4
    explicit = [p for p in (d.origin, d.destination) if p is not None and not p.inferred]
    score += 0.15 * len(explicit)
    score -= 0.1 * sum(1 for p in (d.origin, d.destination) if p is not None and p.inferred)
    score += 0.05 if d.via else 0.0
    score += 0.1 if illicit else 0.0
    score -= 0.15 if inherited else 0.0
    return round(min(0.95, max(0.05, score)), 2)


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    seen: set[str] = set()
    out = []
    for c in cands:
        if c.key not in seen and not (
            c.origin is not None
            and c.destination is not None
            and c.origin.place.id == c.destination.place.id
        ):
            seen.add(c.key)
            out.append(c)
    return out


def iter_documents(paths: Iterable[str | Path], issues: list[ReadIssue]) -> Iterator[Document]:
    """Documents under ``paths``; unreadable ones are appended to ``issues`` and skipped."""
    for item in read_documents(paths):
        if isinstance(item, ReadIssue):
            issues.append(item)
            print(f"warning: cannot read {item}", file=sys.stderr)
        else:
            yield item


def progress(iterable, desc: str, total: int | None = None, disable: bool = False):
    """A tqdm bar on stderr, shown only when the work takes more than a second."""
    from tqdm import tqdm

    return tqdm(
        iterable, desc=desc, total=total, unit="doc", file=sys.stderr, delay=1.0, disable=disable
    )


__all__ = [
    "Candidate",
    "DocResult",
    "Extractor",
    "iter_documents",
    "progress",
    "DEST",
]
