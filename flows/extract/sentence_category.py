"""The category of one sentence's flows: its own category words, the people it says are moved,
the sentences just before, or the document's.

The sentences before and the document are passed in as :class:`DocumentTopic` and ``prior``
(the categories of the two sentences before), so the choice is a pure function of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.extract import categories as cat
from flows.extract.demonym_hints import people_noun
from flows.extract.direction import ORIGIN, FlowDraft, Tagged, has_movement
from flows.extract.discourse import PEOPLE_CATEGORIES
from flows.extract.funding import names_sum
from flows.extract.lexicon import ByLang, lexicon

# People as what moves: "des adolescents sont acheminés", "women were trafficked".
_PEOPLE_MOVED = ByLang("people_moved")
_MONEY_WORDS = lexicon("en").regex("money_moved_words")
_TRAFFICKED = ByLang("trafficked")
_PEOPLE_NAMED = ByLang("people_named")
# "des points de départ", "departure points": a place's part in a movement
_DEPARTURE_POINT = ByLang("departure_point")


@dataclass(frozen=True)
class DocumentTopic:
    """What the whole document says of categories: its language, its dominant category term
    (``doc_hit``), whether it is about exploited people (``people_doc``) and all its category
    terms (``all_hits``)."""

    lang: str
    doc_hit: cat.CategoryHit | None
    people_doc: bool
    all_hits: tuple[cat.CategoryHit, ...]


def people_hit(trafficked: bool, commodity: str = "people") -> cat.CategoryHit:
    """People as what moves: victims of trafficking or smuggled migrants."""
    category = "human_trafficking" if trafficked else "migrant_smuggling"
    return cat.CategoryHit(category, commodity, 0, 0, "people")


def sentence_category(
    sentence: str,
    dom: cat.CategoryHit | None,
    hints: list[Tagged],
    drafts: list[FlowDraft],
    prior: list[cat.CategoryHit],
    topic: DocumentTopic,
) -> tuple[cat.CategoryHit, bool, bool] | None:
    """The sentence's category, whether it was inherited (from the sentences before or
    the document) and whether people are what moves; None when no category applies.

    ``dom`` is the sentence's dominant category term, ``hints`` its demonyms, ``drafts`` its
    flows and ``prior`` the categories of the two sentences before, in order."""
    lang, doc_hit, people_doc = topic.lang, topic.doc_hit, topic.people_doc
    inherited = False
    if (
        dom is not None
        and cat.is_weak(dom)
        and doc_hit is not None
        and dom.category != "illicit_finance"  # "l'argent est acheminé": the money moves
        # a document on contraband fuel does not make "la pirogue" carry fuel
        and doc_hit.category != "other"
        # "women trafficked to Oman" in a document on their exploitation: "trafficked"
        # says it, whatever the document says of migrants
        and not (dom.category == "human_trafficking" and people_doc)
    ):
        dom = doc_hit  # only weak words here ("victimes", "bateaux"): the document decides
    moved_people = _PEOPLE_MOVED[lang].search(sentence) is not None
    if moved_people and (
        dom is None or (dom.category not in PEOPLE_CATEGORIES and not cat.money_first(dom))
    ):
        # "des adolescents sont acheminés ... pour travailler dans des fermes de
        # cannabis": the people are what moves, the cannabis is why.
        dom = people_hit(people_doc or _TRAFFICKED[lang].search(sentence) is not None)
    if (
        dom is None
        # in a document on money, "Azerbaijanis living in Baku" own the accounts
        and (doc_hit is None or doc_hit.category != "illicit_finance")
        and any(people_noun(h.surface, lang) and h.surface.endswith("s") for h in hints)
    ):
        # "faisait passer des Afghans de la Turquie vers...": people moved across borders
        # (in a document about exploitation, "des Indonésiennes emmenées au Cambodge" are
        # its victims)
        dom = people_hit(True) if people_doc else people_hit(False, "migrants")
        inherited = True
    if dom is None:
        dom = inherited_category(sentence, drafts, prior, topic)
        if dom is None:
            return None
        inherited = True
    if (
        dom.category == "illicit_finance"
        and cat.names_people(sentence)
        and not names_sum(sentence, lang)  # "deux femmes arrêtées avec 62.000 €"
        and not _MONEY_WORDS.search(sentence)
        and (inherited or (not cat.money_first(dom) and any(h.role == ORIGIN for h in hints)))
    ):
        # "des Vietnamiens ... après avoir perçu des sommes importantes", "Nepali women
        # slated to travel to Dubai" (the money named before, or their fare): people move
        dom = people_hit(
            people_doc or any(h.category == "human_trafficking" for h in topic.all_hits)
        )
    return dom, inherited, moved_people


def inherited_category(
    sentence: str, drafts: list[FlowDraft], prior: list[cat.CategoryHit], topic: DocumentTopic
) -> cat.CategoryHit | None:
    """For a sentence with no category word: the category of the sentences just before
    (``prior``), else the document's when the sentence states a movement; None otherwise."""
    lang, doc_hit = topic.lang, topic.doc_hit
    if prior:
        dom = prior[-1]
        if cat.is_weak(dom) and doc_hit is not None and dom.category != "illicit_finance":
            dom = doc_hit  # "Prosecutors charged eleven people.": the document decides
        if dom.category == "other" and _PEOPLE_NAMED[lang].search(sentence):
            # "avec à son bord 81 hommes originaires du Mali", after a sentence on the
            # boat's fuel: the people are what moves, not the goods said before
            return people_hit(topic.people_doc)
        return dom
    if doc_hit is not None and (
        (
            (has_movement(sentence, lang) or _DEPARTURE_POINT[lang].search(sentence))
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
        return doc_hit
    return None
