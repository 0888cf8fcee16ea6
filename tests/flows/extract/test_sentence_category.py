"""The category of one sentence's flows (``sentence_category``), as a table: the sentence, its
own dominant category term, the categories of the two sentences before and what the document is
about -> the category chosen, whether it was inherited, whether people are what moves."""

import pytest

from flows.extract import categories as cat
from flows.extract.sentence_category import DocumentTopic, inherited_category, sentence_category

COCAINE = cat.CategoryHit("drugs", "cocaine", 0, 7, "cocaine")
BOATS = cat.CategoryHit("migrant_smuggling", "boats", 0, 7, "bateaux")  # a weak term

CASES = [
    # people moved outrank the goods they are moved for
    ("fr", "Les adolescents sont acheminés vers Londres pour travailler dans des fermes de "
     "cannabis.", COCAINE, [], None, False, ("migrant_smuggling", False, True)),
    # ... and are victims of trafficking in a document about exploitation
    ("fr", "Les adolescents sont acheminés vers Londres pour travailler dans des fermes de "
     "cannabis.", COCAINE, [], None, True, ("human_trafficking", False, True)),
    ("en", "Women were trafficked to Oman.", None, [], None, False,
     ("human_trafficking", False, True)),
    # no category word: the sentence just before decides
    ("en", "Prosecutors charged eleven people.", None, [COCAINE], None, False,
     ("drugs", True, False)),
    # ... and with none before and no movement, no category
    ("en", "Prosecutors charged eleven people.", None, [], COCAINE, False, None),
    # only a weak word: the document decides
    ("fr", "Les bateaux sont partis.", BOATS, [], COCAINE, False, ("drugs", False, False)),
    # a strong word of its own is kept
    ("en", "The cocaine left Ecuador.", COCAINE, [], BOATS, False, ("drugs", False, False)),
]  # fmt: skip


COLUMNS = ("lang", "sentence", "dom", "prior", "doc_hit", "people_doc", "want")


@pytest.mark.parametrize(COLUMNS, CASES)
def test_sentence_category(lang, sentence, dom, prior, doc_hit, people_doc, want):
    topic = DocumentTopic(lang, doc_hit, people_doc, ())
    got = sentence_category(sentence, dom, [], [], prior, topic)
    assert (got and (got[0].category, got[1], got[2])) == want


def test_inherited_category_takes_the_last_sentence_before():
    topic = DocumentTopic("en", None, False, ())
    assert inherited_category("They were held.", [], [BOATS, COCAINE], topic) is COCAINE
    assert inherited_category("They were held.", [], [], topic) is None
