"""Candidate flows of one document, sentence by sentence, with memory across sentences.

Per sentence: category terms, places with their roles (:mod:`direction`), demonyms and
back-references (:mod:`references`), flows, period (:mod:`periods`); across sentences
(:mod:`discourse`): routes that go on ("then", "later", "de là"), sources named before,
seizure places, the halves of one movement told in two sentences.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from flows.extract import categories as cat
from flows.extract.candidate import Candidate, confidence, dedupe, in_region, same_place
from flows.extract.direction import (
    DEST,
    LOCATION,
    ORIGIN,
    SUBJECT,
    FlowDraft,
    Tagged,
    assign_roles,
    found_at,
    group_flows,
    has_movement,
)
from flows.extract.discourse import (
    PEOPLE_CATEGORIES,
    across_the_sea,
    complete_from_document,
    fan_out,
    finest,
    focus,
    inferred,
    join_sentences,
    latest,
    listed_with,
    money_found_out,
    more_of_the_same,
    moved_on,
    other_place,
    remember_places,
    siblings,
)
from flows.extract.funding import funding_roles, money_carried, money_paid, political_funding
from flows.extract.hubs import split_at_hubs
from flows.extract.lexicon import ByLang
from flows.extract.periods import sentence_period
from flows.extract.readers import Document
from flows.extract.references import (
    Earlier,
    back_references,
    capital_state,
    demonym_hints,
    part_of_country,
    people_noun,
)
from flows.extract.sentences import split_sentences
from flows.extract.toponyms import Mention, Token, in_dateline

# "De là", "ensuite", "then": the movement continues from where the previous one ended.
_CONTINUE = ByLang("continue")
# Extradition, deportation: the authorities move a person, whatever crime the sentence names.
_AUTHORITIES_MOVE = ByLang("authorities_move")
# People as what moves: "des adolescents sont acheminés", "women were trafficked".
_PEOPLE_MOVED = ByLang("people_moved")
# Goods that also move lawfully: a flow of them needs a word that makes it illicit.
_GUARDED = frozenset({"weapons", "illicit_finance"})
_TRAFFICKED = ByLang("trafficked")
_PEOPLE_HT = ByLang("people_ht")
_PEOPLE_NAMED = ByLang("people_named")
_LAUNDERING = ByLang("laundering")


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
    earlier = Earlier(mentions)
    # (sentence index, where the flows of the last sentence with flows ended)
    last_end: tuple[int, list[Tagged]] | None = None
    sources: list[tuple[int, str | None, Tagged]] = []  # where goods come from (earlier)
    seized: list[tuple[int, Tagged]] = []  # places of seizure or arrest (earlier)
    # money in a document about laundering moves illicitly
    launders = _LAUNDERING[lang].search(text) is not None
    title_illicit = bool(sentences) and cat.has_illicit_cue(
        text[sentences[0][0] : sentences[0][1]], lang
    )
    # sentence index of the last flow kept per category: "D'autres armes ont été acheminées
    # du Liberia" goes on telling the illicit trade of the sentence before
    kept_at: dict[str, int] = {}
    told_dest: dict[str, tuple[int, Tagged]] = {}  # last destination told, per category
    # categories an earlier sentence called illicit ("un complot visant l'exportation
    # clandestine d'armes à feu"): the story's later movements of those goods ("la cargaison
    # provenait de Miami") are the same trade
    said_illicit: set[str] = set()
    pending_illicit: set[str] = set()
    nationals: list[Tagged] = []  # nationalities of moved people, anywhere in the document
    stopped_at = None
    for idx, (s, e) in enumerate(sentences):
        if time.monotonic() > deadline:
            stopped_at = s
            break
        sentence = text[s:e]
        hits = all_hits[bisect_left(hit_starts, s) : bisect_left(hit_starts, e)]
        dom = cat.dominant_category(hits)
        political = political_funding(sentence, lang)
        if dom is None and (
            political or money_paid(sentence, lang) or money_carried(sentence, lang)
        ):
            dom = cat.CategoryHit("illicit_finance", "money", 0, 0, "money")
        if dom is not None:
            recent.append((idx, dom))
        said_illicit |= pending_illicit  # from the sentences before this one only
        pending_illicit = {h.category for h in hits if h.category in _GUARDED} - said_illicit
        illicit: bool | None = None  # the sentence's illicit cue, looked for once
        if pending_illicit:
            illicit = cat.has_illicit_cue(sentence, lang)
            if not illicit:
                pending_illicit = set()
        lo, hi = bisect_left(m_starts, s), bisect_left(m_starts, e)
        sent_mentions = [m for m in mentions[lo:hi] if m.end <= e]
        items = [Tagged(m.start, m.end, m.surface, m.place, None) for m in sent_mentions]
        sent_toks = tokens[bisect_left(starts, s) : bisect_left(starts, e)]
        hints = demonym_hints(sent_toks, sent_mentions, lang, text, country)
        earlier.upto = lo
        items += hints + back_references(text, s, e, earlier, lang, sent_mentions)
        if not items:
            continue
        items.sort(key=lambda t: t.start)
        assign_roles(sentence, s, items, lang)
        for t in items:
            if t.role is None and t.surface.isupper() and in_dateline(text, t.start, t.end):
                # "BERLIN — Police raided...": the country where the story happens (the city is
                # where it was written)
                t.role = LOCATION
                t.place = country(t.place.country_code) or t.place
            if t.role in (ORIGIN, DEST) and not t.inferred:
                # "vers le nord de la France": the part of the country is the endpoint
                part = part_of_country(text, t.start, t.place, lang)
                if part is not None:
                    t.place = part
            if t.role == SUBJECT:
                # "Moscou transfère...", "Washington sent...": the capital acts for its state
                state = capital_state(t.place, country)
                if state is not None:
                    t.place = state
        # the nationality of moved people ("16 Nepali women rescued from Delhi"), kept even
        # when the sentence gives no flow: the origin of destination-only flows of people
        nationals += [h for h in hints if h.role == ORIGIN and h.inferred]
        for h in hints:  # a demonym gives an origin (goods), a sender or a receiver of money
            if h.fixed:
                continue
            if h.role == SUBJECT and not people_noun(h.surface, lang):
                h.role = None  # "Dutch networks move...": who acts, not where from
            if h.role not in (ORIGIN, SUBJECT, DEST):
                h.role = None
        money = dom if dom is not None else doc_hit
        if money is not None and money.category == "illicit_finance":
            # "Moscow secretly financed parties in France": the payer and the paid
            funding_roles(items, sentence, s, lang)
        remember_places(items, sentence, lang, idx, dom, sources, seized)
        drafts = group_flows(items, sentence, lang, s)
        if not drafts and has_movement(sentence, lang):
            # "80 % des drogues saisies en France arrivent par la mer": where goods are
            # seized is where they arrive (the destination of a flow from nowhere said)
            drafts = found_at(items, sentence, lang, s)
        if not drafts:
            continue
        # "turned into heroin in Turkey, then sent to Europe": the hub ends one flow
        drafts = split_at_hubs(drafts, items, sentence, s, lang)
        if illicit is None:
            illicit = cat.has_illicit_cue(sentence, lang)
        lawful = cat.has_lawful_cue(sentence, lang)
        if lawful and not illicit:
            continue  # military aid, relocations: lawful movements are not flows
        if _AUTHORITIES_MOVE[lang].search(sentence):
            continue  # "the cartel leader was extradited to the US": the state moves him
        inherited = False
        if (
            dom is not None
            and cat.is_weak(dom)
            and doc_hit is not None
            and dom.category != "illicit_finance"  # "l'argent est acheminé": the money moves
        ):
            dom = doc_hit  # only weak words here ("victimes", "bateaux"): the document decides
        moved_people = _PEOPLE_MOVED[lang].search(sentence) is not None
        if moved_people and (dom is None or dom.category not in PEOPLE_CATEGORIES):
            # "des adolescents sont acheminés ... pour travailler dans des fermes de
            # cannabis": the people are what moves, the cannabis is why.
            trafficked = _TRAFFICKED[lang].search(sentence) is not None
            category = "human_trafficking" if people_doc or trafficked else "migrant_smuggling"
            dom = cat.CategoryHit(category, "people", 0, 0, "people")
        if dom is None and any(
            people_noun(h.surface, lang) and h.surface.endswith("s") for h in hints
        ):
            # "faisait passer des Afghans de la Turquie vers...": people moved across borders
            # (in a document about exploitation, "des Indonésiennes emmenées au Cambodge" are
            # its victims)
            dom = (
                cat.CategoryHit("human_trafficking", "people", 0, 0, "people")
                if people_doc
                else cat.CategoryHit("migrant_smuggling", "migrants", 0, 0, "people")
            )
            inherited = True
        if dom is None:
            prior = [h for i, h in recent if idx - 2 <= i < idx]
            if prior:
                dom, inherited = prior[-1], True
                if cat.is_weak(dom) and doc_hit is not None and dom.category != "illicit_finance":
                    dom = doc_hit  # "Prosecutors charged eleven people.": the document decides
                if dom.category == "other" and _PEOPLE_NAMED[lang].search(sentence):
                    # "avec à son bord 81 hommes originaires du Mali", after a sentence on the
                    # boat's fuel: the people are what moves, not the goods said before
                    category = "human_trafficking" if people_doc else "migrant_smuggling"
                    dom = cat.CategoryHit(category, "people", 0, 0, "people")
            elif doc_hit is not None and (
                (
                    has_movement(sentence, lang)
                    and any(not p.inferred for d in drafts for p in (d.origin, d.destination) if p)
                )
                # "De Hanoï à Londres via Moscou": both ends stated, in a document about it
                or any(
                    d.origin is not None
                    and d.destination is not None
                    and not d.origin.inferred
                    and not d.destination.inferred
                    for d in drafts
                )
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
            hit = category_for(d, hits) or dom
            if cat.is_weak(hit) and not inherited or moved_people:
                hit = dom
            if hit.category in _GUARDED and not illicit:
                # Arms and money move lawfully too: ask for an illicit cue in the sentence
                # or the one before (when this one has no lawful cue).
                # Money also when the title says it is covert ("pour influencer les politiciens").
                title_says = title_illicit or (
                    hit.category == "illicit_finance" and (launders or political)
                )
                told = kept_at.get(hit.category, -9) >= idx - 1
                earlier_said = hit.category in said_illicit
                if lawful:
                    continue
                if not (prev_illicit or title_says or told or earlier_said):
                    # "... parties de Croatie, puis retrouvées à Marseille. La cour condamnait
                    # les membres du réseau d'importation": the next sentence says it
                    nxt = sentences[idx + 1] if idx + 1 < len(sentences) else None
                    if nxt is None or not cat.has_illicit_cue(text[nxt[0] : nxt[1]], lang):
                        continue
            first = min(p.start for p in d.places) - s
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
            moved_on(d, sentence, lang, told_dest.get(hit.category), idx, items)
            if d.origin is None and d.destination is not None:
                # Where they were before they moved, said earlier in the sentence: "After
                # weeks in camps near Tripoli, the victims are put on boats to Sicily"; not
                # a place of the destination's own list ("arrested in France, Germany and
                # Belgium": three destinations)
                located = [t for t in items if t.role == LOCATION]
                listed = {t.start for t in listed_with(d.destination, located, text)}
                here = [
                    t
                    for t in items
                    if t.role == LOCATION
                    and not t.negated
                    and not t.inferred
                    and t.end <= d.destination.start
                    and t.start not in listed
                    and other_place(t, d.destination)
                    # a fronted phrase: the place ends the sentence's first clause
                    and "," not in sentence[: t.start - s]
                    and "," in text[t.end : d.destination.start]
                ]
                if here:
                    d.origin = inferred(here[-1], ORIGIN)
            if d.origin is None and (d.destination is not None or d.via):
                # Where these goods come from, said a sentence or two before
                # ("La production explose en Afghanistan. Une partie part vers l'Iran").
                src = latest(sources, idx, 3, hit.category, d)
                if src is not None:
                    d.origin = inferred(src, ORIGIN)
                    # a list of sources ("produced in Afghanistan and Myanmar"): one flow from
                    # each place of the list
                    queue += fan_out(d, siblings(sources, src, hit.category, text))
            if hit.category == "illicit_finance":
                money_found_out(d, seized, idx)
            more_of_the_same(d, sentence, lang, told_dest.get(hit.category), idx)
            if d.destination is None and d.origin is not None:
                # Where they were seized or arrested, said just before ("Cocaine was seized
                # in Antwerp. It came from Ecuador.")
                recent_seized = [(i, None, t) for i, t in seized]
                dst = latest(recent_seized, idx, 2, None, d)
                if dst is not None and in_region(dst.place, d.origin.place):
                    dst = None  # "balles retrouvées à Zenica" is no end of "armes des Balkans"
                if dst is not None:
                    dst = finest(recent_seized, dst, idx, 2)
                    d.destination = inferred(dst, DEST)
            if (
                d.origin is not None
                and d.destination is not None
                and same_place(d.origin.place, d.destination.place)
            ):
                continue  # "Paris" -> "Paris", "France" -> "Paris": no movement
            ends.append(d)
            if d.origin is not None and not d.origin.inferred:
                sources.append((idx, hit.category, d.origin))
            period = sentence_period(sentence, lang, doc.published, focus(d, s, e))
            cand = Candidate(
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
                confidence=confidence(d, inherited, illicit),
                lang=doc_lang,
            )
            out_idx.append(idx)
            out.append(cand)
            kept_at[hit.category] = idx
            if d.destination is not None:
                told_dest[hit.category] = (idx, d.destination)
            for other in cat.coordinated(hits, hit, text):
                if other.category in ("weapons", "illicit_finance") and not illicit:
                    continue  # arms and money move lawfully too (see above)
                out_idx.append(idx)
                out.append(replace(cand, category=other.category, commodity=other.commodity))
        if ends:
            with_dest = [d.destination for d in ends if d.destination is not None]
            pool = with_dest or [d.origin for d in ends if d.origin is not None]
            distinct = list({t.place.id: t for t in reversed(pool)}.values())
            last_end = (idx, distinct)
    title_end = sentences[0][1] if sentences and "\n" in text[: sentences[0][1] + 1] else 0
    cands = complete_from_document(join_sentences(out, out_idx), mentions, title_end, nationals)
    cands = across_the_sea(cands, mentions, country)
    return dedupe(cands), stopped_at


def category_for(d: FlowDraft, hits: list[cat.CategoryHit]) -> cat.CategoryHit | None:
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
