"""Candidate flows of one document, sentence by sentence, with memory across sentences.

Per sentence: category terms and the category of its flows (:mod:`sentence_category`), places
with their roles (:mod:`direction`), demonyms and back-references (:mod:`references`), the
nationalities of people moved (:mod:`nationals`), flows, period (:mod:`periods`); across sentences
(:mod:`discourse`, :mod:`sentence_halves`, :mod:`document_ends`, :mod:`end_corrections`,
:mod:`sea_crossings`): routes that go on ("then", "later", "de là"), sources named before,
seizure places, the halves of one movement told in two sentences.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from flows.extract import categories as cat
from flows.extract.candidate import (
    Candidate,
    confidence,
    continent_wide,
    dedupe,
    in_region,
    no_open_end_repeat,
    same_place,
)
from flows.extract.datelines import story_dateline
from flows.extract.demonym_hints import demonym_hints, people_noun
from flows.extract.direction import (
    DEST,
    ORIGIN,
    SUBJECT,
    WEAK_ORIGIN,
    FlowDraft,
    Tagged,
    assign_roles,
    has_movement,
    listed_with,
)
from flows.extract.discourse import (
    PEOPLE_CATEGORIES,
    arrests_only,
    bound_from_seizure,
    fan_out,
    finest,
    focus,
    inferred,
    latest,
    money_found_out,
    more_of_the_same,
    moved_on,
    other_place,
    people_came_from,
    remember_places,
    siblings,
    starts_new_event,
)
from flows.extract.document_ends import complete_from_document, listed_together, spread, tally
from flows.extract.earlier_stops import located_before
from flows.extract.end_corrections import (
    finer_told,
    no_arrival_at_a_start,
    through_the_port,
    town_of_the_country,
)
from flows.extract.finer_ends import worked_in_parts
from flows.extract.flow_groups import group_flows
from flows.extract.funding import (
    funding_roles,
    money_carried,
    money_paid,
    party_hints,
    political_funding,
)
from flows.extract.hubs import split_at_hubs
from flows.extract.lexicon import ByLang
from flows.extract.mention import Mention, Token
from flows.extract.nationals import (
    nationality_before_arrest,
    nationals_through,
    network_nationality,
    own_nationality,
    perpetrators,
)
from flows.extract.periods import sentence_period
from flows.extract.police_ends import no_police_ends
from flows.extract.readers import Document
from flows.extract.references import (
    Earlier,
    acting_place,
    back_references,
    home_country,
)
from flows.extract.sea_crossings import across_the_sea, crossing_drafts, no_sea_origin
from flows.extract.seizure_ends import found_at
from flows.extract.seizure_sites import seized_at_a_site
from flows.extract.sentence_category import DocumentTopic, sentence_category
from flows.extract.sentence_halves import join_sentences
from flows.extract.sentences import split_sentences
from flows.extract.settled_places import dateline_country, settle_place
from flows.extract.title_places import title_lead

# "De là", "ensuite", "then": the movement continues from where the previous one ended.
_CONTINUE = ByLang("continue")
# Extradition, deportation: the authorities move a person, whatever crime the sentence names.
_AUTHORITIES_MOVE = ByLang("authorities_move")
# ... unless the people were trafficked somewhere first ("trafficked to Syria were repatriated")
_TRAFFICKED_BEFORE = ByLang("trafficked_before")
# "a highway that runs from Alaska to Tierra del Fuego": the extent of a place, no movement
_EXTENT = ByLang("extent")
# "78 people died attempting to cross the Channel": deaths, no network's crossing
_CROSSING_DEATHS = ByLang("crossing_deaths")
# Goods that also move lawfully: a flow of them needs a word that makes it illicit.
_GUARDED = frozenset({"weapons", "illicit_finance"})
# goods whose movement is illicit of itself: arms or money carried with them are too
_ILLICIT_OF_THEMSELVES = frozenset({"drugs", "human_trafficking", "migrant_smuggling"})
# "entre la France et l'Italie": the country the press writes from and a foreign one (lexicon)
_HOME_BETWEEN = ByLang("home_between", words=True)
_RESCUED = ByLang("rescued_at_sea")
_ONWARD_BETWEEN = ByLang("onward_between", words=True)
_PEOPLE_HT = ByLang("people_ht")
_LAUNDERING = ByLang("laundering")
# "seized in Norfolk ... destined for Liberia": where seized goods were going
_ONWARD = ByLang("onward")
# "La marchandise", "the shipment": the goods of the sentence before, all of them
_GOODS_AGAIN = ByLang("goods_again")
# ... or in the next sentence ("The container was in transit to Germany")
_GOING_ON = ByLang("going_on")


def document_flows(
    doc: Document,
    mentions: list[Mention],
    lang: str,
    doc_lang: str | None,
    tokens: list[Token],
    country: Callable[[str], object],
    deadline: float = float("inf"),
) -> tuple[list[Candidate], int | None]:
    """Candidate flows of ``doc`` (``lang``: the rules' language, ``fr`` or ``en``), and
    where extraction stopped when ``time.monotonic()`` passed ``deadline`` (else None)."""
    reader = _DocumentReader(doc, mentions, lang, doc_lang, tokens, country)
    stopped_at = None
    for idx, (s, e) in enumerate(reader.sentences):
        if time.monotonic() > deadline:
            stopped_at = s
            break
        reader.read_sentence(idx, s, e)
    return reader.finish(), stopped_at


def _found_drafts(
    items: list[Tagged], sentence: str, lang: str, s: int, money: cat.CategoryHit | None
) -> tuple[list[FlowDraft], bool]:
    """The drafts of a sentence that gives no other role, from where it says goods or people
    were seized or found, and whether the sentence names no movement (then the caller keeps
    them for people only)."""
    if has_movement(sentence, lang):
        # "80 % des drogues saisies en France arrivent par la mer": where goods are seized is
        # where they arrive (the destination of a flow from nowhere said)
        return found_at(items, sentence, lang, s), False
    if money is not None and money.category == "illicit_finance":
        # "découvert en France un véhicule contenant 298 000 euros" is where the money leaves
        # from (see discourse.money_found_out)
        return [], False
    # with no word of movement, only where people were found ("Ils ont été détectés en
    # Autriche, Belgique...", the victims identified in a country: where they were brought),
    # not where the police arrested or searched
    drafts = found_at(items, sentence, lang, s, moving=False)
    return drafts, bool(drafts)


class _DocumentReader:
    """Reads a document sentence by sentence, remembering what the sentences before said."""

    def __init__(
        self,
        doc: Document,
        mentions: list[Mention],
        lang: str,
        doc_lang: str | None,
        tokens: list[Token],
        country: Callable[[str], object],
    ) -> None:
        self.doc, self.mentions, self.lang, self.doc_lang = doc, mentions, lang, doc_lang
        self.tokens, self.country = tokens, country
        text = self.text = doc.text
        self.sentences = split_sentences(text)
        self.out: list[Candidate] = []
        self.out_idx: list[int] = []  # sentence index of each candidate
        # (sentence index, flow) of seas crossed, kept in a document that tells no other flow
        self.crossings: list[tuple[int, Candidate]] = []
        self.recent: list[tuple[int, cat.CategoryHit]] = []  # (sentence index, category)
        # the goods of other categories listed with a sentence's category ("60 kg de
        # stupéfiants, 4 armes de poing"): a sentence that inherits it ("La marchandise
        # arrivait d'Espagne") moves them all
        self.listed: dict[cat.CategoryHit, list[cat.CategoryHit]] = {}
        # One pass over the document for category terms; sentences take their share by offset.
        self.all_hits = cat.find_category_terms(text, lang)
        self.doc_hit = cat.document_category(self.all_hits, lang)
        self.doc_trade = self._doc_trade()
        self.people_doc = _PEOPLE_HT[lang].search(text) is not None
        self.topic = DocumentTopic(lang, self.doc_hit, self.people_doc, tuple(self.all_hits))
        self.starts = [t.start for t in tokens]
        self.hit_starts = [h.start for h in self.all_hits]
        self.m_starts = [m.start for m in mentions]
        self.earlier = Earlier(mentions)
        # (sentence index, where the flows of the last sentence with flows ended)
        self.last_end: tuple[int, list[Tagged]] | None = None
        # where goods come from (earlier)
        self.sources: list[tuple[int, str | None, Tagged]] = []
        # places of seizure or arrest (earlier), shaped like ``sources`` (no category)
        self.seized: list[tuple[int, str | None, Tagged]] = []
        # the sentences whose seizure places are where people were arrested, nothing seized
        self.arrests: set[int] = set()
        # the places a seizure's sentence sends the goods on to, by sentence index
        self.onward: dict[int, list[Tagged]] = {}
        # money in a document about laundering moves illicitly
        self.launders = _LAUNDERING[lang].search(text) is not None
        sentences = self.sentences
        self.title_illicit = bool(sentences) and cat.has_illicit_cue(
            text[sentences[0][0] : sentences[0][1]], lang
        )
        # sentence index of the last flow kept per category: "D'autres armes ont été acheminées
        # du Liberia" goes on telling the illicit trade of the sentence before
        self.kept_at: dict[str, int] = {}
        # last destination told, per category
        # per category, where the flows told went: (sentence index, destination), in order
        self.told_dest: dict[str, list[tuple[int, Tagged]]] = {}
        # categories an earlier sentence called illicit ("un complot visant l'exportation
        # clandestine d'armes à feu"): the story's later movements of those goods ("la
        # cargaison provenait de Miami") are the same trade
        self.said_illicit: set[str] = set()
        # "ATLANTA - Eleven defendants laundered drug money to Mexico": the city the story
        # is written from, where a flow with no stated origin starts
        self.dateline = next(
            (
                Tagged(m.start, m.end, m.surface, m.place, None)
                for m in mentions[:3]
                if m.start < 200 and story_dateline(text, m.start, m.end)
            ),
            None,
        )
        # "la police malgache ...": the country of the story, which "le territoire national" means
        said = home_country(tokens, mentions, lang, country)
        # ... said by the story's own police, customs or navy, not only by its dateline: then
        # "the country" means it rather than a country of an earlier sentence
        self.home_said = said is not None
        self.home = said if said is not None else dateline_country(self.dateline, country)
        # "le parquet de Bobigny", "border police in Spain": where the case happens
        self.acting = acting_place(tokens, mentions, lang, country)
        self.pending_illicit: set[str] = set()
        # nationalities of moved people, anywhere in the document
        self.nationals: list[Tagged] = []

    def _doc_trade(self) -> str | None:
        """The guarded trade (arms, money) the whole document is about, when it is clearly one:
        most of its strong category terms, three at least, and called illicit somewhere."""
        doc_hit = self.doc_hit
        if doc_hit is None or doc_hit.category not in _GUARDED:
            return None
        strong = [h for h in self.all_hits if not cat.is_weak(h)]
        mine = sum(h.category == doc_hit.category for h in strong)
        if mine < 3 or mine < 0.6 * len(strong):
            return None
        return doc_hit.category if cat.has_illicit_cue(self.text, self.lang) else None

    def finish(self) -> list[Candidate]:
        """The candidates, joined and completed across sentences, without duplicates."""
        text, sentences, mentions = self.text, self.sentences, self.mentions
        title_end = sentences[0][1] if sentences and "\n" in text[: sentences[0][1] + 1] else 0
        if not self.out:
            # a document that tells no other flow: its sea crossings are its flows
            self.out, self.out_idx = [w for _, w in self.crossings], [i for i, _ in self.crossings]
        # ends where the police acted are opened before the document completes them
        joined = no_police_ends(join_sentences(self.out, self.out_idx), self.lang)
        # where the story's police act, for the flows whose sentence tells no rescue at sea
        # ("la marine tunisienne a secouru des migrants partis de Libye": not where they went)
        story = self._story_place()
        rescued = _RESCUED[self.lang]
        rescues = {c.evidence_start for c in joined if story and rescued.search(c.evidence)}
        # the one nationality the document gives its trafficking network: read only for a
        # document with a human-trafficking flow that has no origin, the only flows it completes
        network = (
            network_nationality(text, self.lang, self.country)
            if any(c.category == "human_trafficking" and c.origin is None for c in joined)
            else None
        )
        # a title that opens with a place ("Népal : ...") is the story's dateline when the text
        # gives none in capitals
        dateline = self.dateline or title_lead(text, mentions, title_end)
        cands = complete_from_document(
            joined, mentions, title_end, self.nationals, dateline, self.acting,
            story, rescues, network, text,
        )  # fmt: skip
        cands = across_the_sea(cands, mentions, self.country)
        cands = no_sea_origin(cands)
        cands = through_the_port(cands, mentions, text, self.lang)
        cands = finer_told(cands)
        cands = town_of_the_country(cands, mentions, text, self.lang)
        cands = no_arrival_at_a_start(cands, self.lang)
        cands = seized_at_a_site(cands, mentions, text, self.lang, sentences)
        return dedupe(no_open_end_repeat(cands, lambda c: tally(c) or spread(c, cands)))

    def _story_place(self) -> Tagged | None:
        """The country whose police, customs or navy the story names (``home_said``, see
        ``references.home_country``), at its first mention as a country (else at the
        document's start): where goods or people seized or arrested there were going."""
        home = self.home
        if home is None or not self.home_said:
            return None
        code = home.country_code
        lands = (m for m in self.mentions if m.place.kind == "country")
        first = next((m for m in lands if m.place.country_code == code), None)
        if first is not None:
            return Tagged(first.start, first.end, first.surface, first.place, None, inferred=True)
        return Tagged(0, 0, home.name, home, None, inferred=True)

    # -- one sentence ------------------------------------------------------------------------
    def read_sentence(self, idx: int, s: int, e: int) -> None:
        text, lang = self.text, self.lang
        sentence = text[s:e]
        hits = self.all_hits[bisect_left(self.hit_starts, s) : bisect_left(self.hit_starts, e)]
        dom = cat.dominant_category(hits)
        political = political_funding(sentence, lang)
        if dom is None and (
            political or money_paid(sentence, lang) or money_carried(sentence, lang)
        ):
            dom = cat.CategoryHit("illicit_finance", "money", 0, 0, "money")
        if dom is not None:
            self.recent.append((idx, dom))
            self.listed[dom] = cat.coordinated(hits, dom, text)
        illicit = self._track_illicit(hits, sentence)
        tagged = self._tagged_places(s, e, sentence)
        if tagged is None:
            return
        items, hints = tagged
        money = dom if dom is not None else self.doc_hit
        if money is not None and money.category == "illicit_finance":
            # "Moscow secretly financed parties in France": the payer and the paid (the paid
            # "au nord du Mali" are in that part of the country, as any end)
            if funding_roles(items, sentence, s, lang):
                for t in items:
                    if t.role == DEST:
                        settle_place(t, text, lang, self.country)
        remember_places(items, sentence, s, lang, idx, dom, self.sources, self.seized)
        if arrests_only(sentence, lang):
            self.arrests.add(idx)
        if self.seized and self.seized[-1][0] == idx:
            # the places named right after "bound for", "à destination de"
            self.onward[idx] = [
                t
                for t in items
                if t.role == DEST
                and not t.negated
                and _ONWARD[lang].search(text, max(s, t.start - 40), t.start)
            ]
        drafts = group_flows(items, sentence, lang, s)
        nationality_before_arrest(drafts, hints, lang)
        found_still = False  # drafts of people found where no word of movement is said
        if not drafts:
            drafts, found_still = _found_drafts(items, sentence, lang, s, money)
            # "des passeurs qui organisaient des traversées de la Manche": shore to shore
            drafts = drafts or crossing_drafts(items, text, lang, self.country)
        if not drafts:
            return
        # "turned into heroin in Turkey, then sent to Europe": the hub ends one flow
        drafts = split_at_hubs(drafts, items, sentence, s, lang)
        if illicit is None:
            illicit = cat.has_illicit_cue(sentence, lang)
        lawful = cat.has_lawful_cue(sentence, lang)
        if lawful and not illicit:
            return  # military aid, relocations: lawful movements are not flows
        if _EXTENT[lang].search(sentence):
            return  # "a highway that runs from Alaska to Tierra del Fuego": where a place lies
        state_move = _AUTHORITIES_MOVE[lang].search(sentence)
        if state_move and not _TRAFFICKED_BEFORE[lang].search(sentence, 0, state_move.start()):
            return  # "the cartel leader was extradited to the US": the state moves him
        prior = [h for i, h in self.recent if idx - 2 <= i < idx]
        decided = sentence_category(sentence, dom, hints, drafts, prior, self.topic)
        if decided is None:
            return
        dom, inherited, moved_people = decided
        if found_still and dom.category not in PEOPLE_CATEGORIES:
            # goods found with no word of movement ("des missiles retrouvés au Tchad", "drugs
            # discovered in a warehouse in Spain") are as often where they were stored or
            # made as where they were brought: no end of theirs
            return
        context = _SentenceContext(
            idx, s, e, sentence, hits, dom, inherited, moved_people, illicit, lawful, political,
            items, _CONTINUE[lang].search(sentence),
        )  # fmt: skip
        ends: list[Tagged] = []
        queue = list(drafts)
        for d in queue:
            self._read_draft(d, context, queue, ends)
        if ends:
            with_dest = [d.destination for d in ends if d.destination is not None]
            pool = with_dest or [d.origin for d in ends if d.origin is not None]
            distinct = list({t.place.id: t for t in reversed(pool)}.values())
            self.last_end = (idx, distinct)

    def _read_crossing(self, d: FlowDraft, c: _SentenceContext) -> None:
        """Keeps aside the shore-to-shore flow of a sea crossing (``crossing_drafts``) of
        migrants: ``finish`` adds it to a document that tells no other flow. Round 46: added
        beside other flows, the crossings gave two wrong flows on the read part (documents
        about the boats' suppliers, or with a finer start: "Northern France") and one not
        strictly right on the fresh part; deaths at sea are no network's crossing."""
        hit = category_for(d, c.hits, self.text) or c.dom
        if hit.category != "migrant_smuggling":
            return  # small boats carry people across; goods crossing a sea go anywhere
        if _CROSSING_DEATHS[self.lang].search(c.sentence):
            return  # "78 people died attempting to cross the Channel"
        before = len(self.out)
        d.crossing = False  # read as any other draft, then set aside
        self._read_draft(d, c, [d], [])
        made = zip(self.out_idx[before:], self.out[before:], strict=True)
        self.crossings += list(made)
        del self.out[before:], self.out_idx[before:]

    def _track_illicit(self, hits: list[cat.CategoryHit], sentence: str) -> bool | None:
        """The sentence's illicit cue when it was looked for (guarded goods named), else None;
        remembers which guarded goods the sentences so far called illicit."""
        self.said_illicit |= self.pending_illicit  # from the sentences before this one only
        self.pending_illicit = {h.category for h in hits if h.category in _GUARDED}
        self.pending_illicit -= self.said_illicit
        if not self.pending_illicit:
            return None
        illicit = cat.has_illicit_cue(sentence, self.lang)
        if not illicit:
            self.pending_illicit = set()
        return illicit

    def _tagged_places(
        self, s: int, e: int, sentence: str
    ) -> tuple[list[Tagged], list[Tagged]] | None:
        """The sentence's places, demonyms and back-references with their roles, and the
        demonym hints among them; None when it names no place."""
        text, lang, mentions, country = self.text, self.lang, self.mentions, self.country
        lo, hi = bisect_left(self.m_starts, s), bisect_left(self.m_starts, e)
        sent_mentions = [m for m in mentions[lo:hi] if m.end <= e]
        items = [Tagged(m.start, m.end, m.surface, m.place, None) for m in sent_mentions]
        sent_toks = self.tokens[bisect_left(self.starts, s) : bisect_left(self.starts, e)]
        hints = demonym_hints(sent_toks, sent_mentions, lang, text, country)
        parties = party_hints(sentence, s, lang, country)
        self.earlier.upto = lo
        items += (
            hints
            + parties
            + back_references(
                text,
                s,
                e,
                self.earlier,
                lang,
                sent_mentions,
                [h for h in hints if self._of_goods(h)],
                self.home,
                hints,
                self.home_said,
            )
        )
        if not items:
            return None
        items.sort(key=lambda t: t.start)
        assign_roles(sentence, s, items, lang)
        worked_in_parts(sentence, s, items)
        for t in items:
            settle_place(t, text, lang, country)
        for h in hints:
            if h.role == ORIGIN and h.inferred and not h.fixed and perpetrators(h, e, text, lang):
                h.role = None  # "three Iraqi nationals, one of whom is the network's head"
        # the nationality of moved people ("16 Nepali women rescued from Delhi"), kept even
        # when the sentence gives no flow: the origin of destination-only flows of people
        self.nationals += [h for h in hints if h.role == ORIGIN and h.inferred]
        for h in hints:  # a demonym gives an origin (goods), a sender or a receiver of money
            if h.fixed:
                continue
            if h.role == SUBJECT and not people_noun(h.surface, lang):
                h.role = None  # "Dutch networks move...": who acts, not where from
            if h.role not in (ORIGIN, SUBJECT, DEST):
                h.role = None
        return items, hints

    def _of_goods(self, hint: Tagged) -> bool:
        """The demonym qualifies the goods right next to it ("Libyan weapons", "armes
        libyennes"), not a road or a parliament."""
        k = bisect_left(self.hit_starts, hint.start - 40)
        return any(
            0 <= h.start - hint.end <= 2 or 0 <= hint.start - h.end <= 2
            for h in self.all_hits[k : k + 6]
            if not cat.is_weak(h)
        )

    # -- one flow of the sentence --------------------------------------------------------------
    def _read_draft(
        self, d: FlowDraft, c: _SentenceContext, queue: list[FlowDraft], ends: list[Tagged]
    ) -> None:
        """Completes ``d`` from the sentence and the ones before, and keeps it as a candidate
        (with one more per coordinated category) unless it is no illicit movement."""
        if d.crossing:
            self._read_crossing(d, c)  # a sea crossed, shore to shore: kept aside
            return
        text = self.text
        idx, s = c.idx, c.s
        hit = category_for(d, c.hits, self.text) or c.dom
        if (
            cat.is_weak(hit)
            and not c.inherited
            # "l'Italie a freiné l'immigration en provenance de la Libye, ... les migrants qui
            # sont vendus en esclavage sexuel": the movement named at the flow ("immigration",
            # "passeurs") keeps its category; the people named there ("des migrants emmenés en
            # Italie, où les femmes sont exploitées") may be the exploited the sentence says
            or c.moved_people
            and (
                hit.category not in PEOPLE_CATEGORIES
                or cat.is_weak(hit)
                or cat.names_people(hit.term)
            )
        ):
            hit = c.dom
        if hit.category in _GUARDED and not c.illicit and not self._illicit_around(hit, c):
            return
        if hit.category in PEOPLE_CATEGORIES:
            queue += nationals_through(d, hit.category, c.items, queue, text, self.lang)
        first = min(p.start for p in d.places) - s
        cont, last_end = c.cont, self.last_end
        if (
            d.origin is None
            and cont is not None
            and cont.start() < first
            and last_end is not None
            and last_end[0] >= idx - 2
        ):
            # "De là", "ensuite": the movement goes on from where the last one ended (from
            # each place of a list, "produced in Afghanistan and Myanmar. Traffickers then
            # move it..."; not from every other place where a flow ended)
            d.origin = inferred(last_end[1][0], ORIGIN)
            queue += fan_out(d, listed_with(last_end[1][0], last_end[1][1:], text))
        self._complete(d, hit, c, queue)
        if self._home_last(d, hit):
            d.origin, d.destination = (
                replace(d.destination, role=ORIGIN),
                replace(d.origin, role=DEST),
            )
        if (
            d.origin is not None
            and d.destination is not None
            and same_place(d.origin.place, d.destination.place)
        ):
            return  # "Paris" -> "Paris", "France" -> "Paris": no movement
        ends.append(d)
        if d.origin is not None and not d.origin.inferred:
            self.sources.append((idx, hit.category, d.origin))
        self._keep(d, hit, c)

    def _home_last(self, d: FlowDraft, hit: cat.CategoryHit) -> bool:
        """A route "entre" the home country of the press and a foreign place ("un réseau de
        passeurs entre la France et l'Italie", "les voyages se faisaient entre Roubaix et les
        Pays-Bas") brings the goods or people home, unless they go on to a country beyond it
        ("entre la France et le Royaume-Uni") or are money ("blanchiment entre la France et le
        Maroc")."""
        o, t = d.origin, d.destination
        if o is None or t is None or not (o.between and t.between):
            return False
        if hit.category == "illicit_finance" or self.lang != "fr":
            return False
        home, onward = _HOME_BETWEEN[self.lang], _ONWARD_BETWEEN[self.lang]
        oc, tc = o.place.country_code, t.place.country_code
        return oc in home and tc is not None and tc not in home and tc not in onward

    def _carried_illicitly(
        self, hit: cat.CategoryHit, other: cat.CategoryHit, c: _SentenceContext
    ) -> bool:
        """Arms or money (``other``) named with the goods of ``hit``'s flow move illicitly when
        the sentence says so, when they travel with goods illicit of themselves ("a plane
        carrying 489 kilos of cocaine and heavy weaponry") or as :meth:`_illicit_around` finds."""
        if c.illicit or hit.category in _ILLICIT_OF_THEMSELVES:
            return True
        return self._illicit_around(other, c)

    def _illicit_around(self, hit: cat.CategoryHit, c: _SentenceContext) -> bool:
        """Arms and money move lawfully too: without an illicit cue in the sentence, one in
        the sentence before (when this one has no lawful cue), the title, an earlier flow of
        the same trade or the next sentence. Money also when the title says it is covert
        ("pour influencer les politiciens")."""
        text, lang, sentences, idx = self.text, self.lang, self.sentences, c.idx
        if c.lawful:
            return False
        prev_s = text[sentences[idx - 1][0] : sentences[idx - 1][1]] if idx else ""
        title_says = self.title_illicit or (
            hit.category == "illicit_finance" and (self.launders or c.political)
        )
        told = self.kept_at.get(hit.category, -9) >= idx - 1
        earlier_said = hit.category in self.said_illicit or hit.category == self.doc_trade
        if cat.has_illicit_cue(prev_s, lang) or title_says or told or earlier_said:
            return True
        # "... parties de Croatie, puis retrouvées à Marseille. La cour condamnait
        # les membres du réseau d'importation": the next sentence says it
        nxt = sentences[idx + 1] if idx + 1 < len(sentences) else None
        return nxt is not None and cat.has_illicit_cue(text[nxt[0] : nxt[1]], lang)

    def _complete(
        self, d: FlowDraft, hit: cat.CategoryHit, c: _SentenceContext, queue: list[FlowDraft]
    ) -> None:
        """Fills an open end of ``d`` from the sentence (a place it was in before) or the
        sentences before (sources, seizure places, where the story's goods went)."""
        text, idx, items = self.text, c.idx, c.items
        # "La dernière prise ...", "In a separate case ...": another shipment, whose origin
        # the sentences before do not give
        new_event = starts_new_event(c.sentence, self.lang)
        told = self._told_before(hit.category, idx)
        moved_on(d, c.sentence, self.lang, told, idx, items)
        bound_from_seizure(d, c.sentence, self.lang, self.seized, idx)
        if d.origin is None and d.destination is not None:
            here = located_before(d, items, c.sentence, c.s, text, self.lang)
            if here:
                d.origin = inferred(here[-1], ORIGIN)
        if d.origin is None and d.destination is not None and hit.category in PEOPLE_CATEGORIES:
            own = own_nationality(c.items, d.destination, c.e, text, self.lang)
            if own is not None:
                d.origin = inferred(own, ORIGIN)
        if d.origin is None and (d.destination is not None or d.via) and not new_event:
            # Where these goods come from, said a sentence or two before
            # ("La production explose en Afghanistan. Une partie part vers l'Iran").
            src = latest(self.sources, idx, 3, hit.category, d)
            if src is not None and d.destination is not None:
                src = None if listed_together(d.destination, src, items, text) else src
            if src is not None and hit.category in PEOPLE_CATEGORIES and continent_wide(src.place):
                # "people from Africa and Asia came to South America, specifically Ecuador ...
                # shipped by sea to Capurganá": people "from Africa" are told by where they
                # were born, not by where this leg starts; the leg takes its origin from the
                # document's flows instead (round 36: the continent was the wrong origin of
                # all 11 such flows of people on the read part, right for none)
                src = None
            if src is not None:
                d.origin = inferred(src, ORIGIN)
                # a list of sources ("produced in Afghanistan and Myanmar"): one flow from
                # each place of the list
                queue += fan_out(d, siblings(self.sources, src, hit.category, text))
        if hit.category == "illicit_finance":
            money_found_out(d, self.seized, idx)
        more_of_the_same(d, c.sentence, self.lang, told, idx)
        if hit.category in PEOPLE_CATEGORIES:
            people_came_from(d, c.sentence, self.lang, told, idx)
        if d.destination is None and d.origin is not None and not self._going_on(idx):
            # Where they were seized or arrested, said just before ("Cocaine was seized
            # in Antwerp. It came from Ecuador.")
            seized = self.seized
            if hit.category in PEOPLE_CATEGORIES:
                # "Treize personnes ont été arrêtées en Espagne, en Italie et en France. Les
                # victimes venaient de Colombie": the network's members were arrested there,
                # its victims went elsewhere (round 36c: 1 flow right lost, 26 wrong ends
                # dropped on the read part)
                seized = [f for f in seized if f[0] not in self.arrests]
            # "seized in Norfolk, Virginia, in a container destined for Liberia": the goods
            # were stopped on their way, the place they were going to is named with it
            seized = [f for f in seized if not self._stopped_on_the_way(f)]
            dst = latest(seized, idx, 2, None, d)
            if dst is not None and _an_origin_here(dst, d, items, text):
                dst = None  # "from Colombia, Venezuela and Brazil": another origin, no end
            if dst is not None and in_region(dst.place, d.origin.place):
                dst = None  # "balles retrouvées à Zenica" is no end of "armes des Balkans"
            if dst is not None:
                dst = finest(seized, dst, idx, 2)
            if dst is not None and self._told_within(hit.category, d.origin, dst):
                dst = None  # the same movement, told with its finer end before
            if dst is not None:
                d.destination = inferred(dst, DEST)

    def _going_on(self, idx: int) -> bool:
        """The sentence after ``idx`` says where the goods were going ("... shipped from
        Costa Rica. The container was in transit to Germany"): that is their destination,
        joined later (one movement, one flow), not the place they were seized."""
        if idx + 1 >= len(self.sentences):
            return False
        s, e = self.sentences[idx + 1]
        return _GOING_ON[self.lang].search(self.text, s, e) is not None

    def _told_within(self, category: str, origin: Tagged, dst: Tagged) -> bool:
        """A flow of ``category`` from ``origin`` to a place in the country ``dst`` was told
        before ("755kg of methamphetamine imported from Mexico ... reaching Melbourne
        streets. Australian authorities have seized ... the largest seizure of ice
        originating from Mexico"): the seizure country is that movement's coarser end."""
        if dst.place.kind != "country" or not dst.place.country_code:
            return False
        return any(
            c.category == category
            and c.origin is not None
            and c.destination is not None
            and c.origin.place.id == origin.place.id
            and c.destination.place.id != dst.place.id
            and c.destination.place.country_code == dst.place.country_code
            for c in self.out
        )

    def _stopped_on_the_way(self, found: tuple[int, str | None, Tagged]) -> bool:
        """The seizure place of ``found`` is a stop: its sentence sends the goods on to a
        place of another country that does not hold it ("seized in Norfolk, Virginia ...
        destined for Liberia"; not "smuggled to South Africa ... intercepted at Durban")."""
        t = found[2]
        return any(
            other_place(t, u) and not in_region(t.place, u.place)
            for u in self.onward.get(found[0], ())
        )

    def _told_before(self, category: str, idx: int) -> tuple[int, Tagged] | None:
        """Where the last flow of ``category`` told before sentence ``idx`` went (a flow of
        the same sentence is a sibling of a list, not goods moving on)."""
        for told in reversed(self.told_dest.get(category, ())):
            if told[0] < idx:
                return told
        return None

    def _keep(self, d: FlowDraft, hit: cat.CategoryHit, c: _SentenceContext) -> None:
        """``d`` as a candidate, and one more for each category coordinated with its own."""
        idx, s, e = c.idx, c.s, c.e
        period = sentence_period(c.sentence, self.lang, self.doc.published, focus(d, s, e))
        cand = Candidate(
            doc=self.doc,
            category=hit.category,
            commodity=hit.commodity,
            origin=d.origin,
            destination=d.destination,
            via=d.via,
            period_start=period.start,
            period_end=period.end,
            evidence=c.sentence,
            evidence_start=s,
            evidence_end=e,
            confidence=confidence(d, c.inherited, c.illicit),
            lang=self.doc_lang,
        )
        self.out_idx.append(idx)
        self.out.append(cand)
        self.kept_at[hit.category] = idx
        if d.destination is not None:
            self.told_dest.setdefault(hit.category, []).append((idx, d.destination))
        listed = cat.coordinated(c.hits, hit, self.text)
        if c.inherited and not listed and _GOODS_AGAIN[self.lang].search(c.sentence):
            listed = self.listed.get(hit, [])
        for other in listed:
            if other.category in _GUARDED and not self._carried_illicitly(hit, other, c):
                continue  # arms and money move lawfully too (see _illicit_around)
            self.out_idx.append(idx)
            self.out.append(replace(cand, category=other.category, commodity=other.commodity))


@dataclass
class _SentenceContext:
    """What one sentence's flows share: where it is, its category terms and decisions."""

    idx: int
    s: int
    e: int
    sentence: str
    hits: list[cat.CategoryHit]
    dom: cat.CategoryHit
    inherited: bool
    moved_people: bool
    illicit: bool
    lawful: bool
    political: bool
    items: list[Tagged]
    cont: re.Match | None  # "De là", "ensuite", "then"


def _an_origin_here(t: Tagged, d: FlowDraft, items: list[Tagged], text: str) -> bool:
    """The sentence of the draft ``d`` gives the place of ``t`` as an origin, or lists it with
    the draft's origin ("from South American countries such as Colombia, Venezuela, Brazil, and
    the Dominican Republic"): where the goods or people come from, not where they go, even if
    a sentence before named it as a place of seizure or of the story."""
    pid = t.place.id
    if any(u.role in (ORIGIN, WEAK_ORIGIN) and u.place.id == pid for u in items):
        return True
    here = next((u for u in items if u.place.id == pid), t)
    return listed_together(d.origin, here, items, text)


def category_for(d: FlowDraft, hits: list[cat.CategoryHit], text: str) -> cat.CategoryHit | None:
    """The category term closest before the flow's first place (several flows a sentence).

    Hits and places carry offsets into the document's ``text``."""
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
    return cat.sent_goods(before[-2:], text, first) or cat.dominant_category(pool)
