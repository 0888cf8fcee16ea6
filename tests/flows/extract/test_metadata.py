"""Documents read like a user expects: title, published date and publisher from the document."""

from __future__ import annotations

import json

import pytest

from flows.extract.metadata import (
    date_line,
    front_matter,
    html_metadata,
    parse_date_line,
    publisher_from_url,
    title_line,
)
from flows.extract.readers import read_documents

_BODY = " ".join(
    ["Police said the weapons, smuggled in 2019 from Ukraine, were found in Antwerp."] * 6
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jeudi, 9 juin, 2022 - 12:24", "2022-06-09"),
        ("9 juin 2022", "2022-06-09"),
        ("Mardi 3 mai 2016 à 10h05", "2016-05-03"),
        ("Publié le 1er mars 2021", "2021-03-01"),
        ("Publié le 12/05/2020 à 08:15 - Mis à jour le 13/05/2020", "2020-05-12"),
        ("Published: March 3, 2023", "2023-03-03"),
        ("Posted on October 15, 2015 by Admin", "2015-10-15"),
        ("Updated 12 Jan. 2021, 14:05 GMT", "2021-01-12"),
        ("2022-06-09T12:00:00+02:00", "2022-06-09"),
        ("15/10/2015", "2015-10-15"),
        ("March 2023", "2023-03"),
        # sentences that carry a date are not date lines
        ("Le 9 juin 2022, la police a saisi des armes à Anvers.", None),
        ("In March 2023 police seized 2 tonnes of cocaine", None),
        ("12 June 2023. Police in Spain seized", None),
        # impossible or future dates, and month-first numbers, are not read
        ("31 février 2022", None),
        ("05/31/2022", None),
        ("1 January 2099", None),
        ("Trafic d'armes : les Balkans en première ligne", None),
    ],
)
def test_date_line(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        (
            "Des armes saisies à Anvers\n\nJeudi, 9 juin, 2022 - 12:24\n\nLe texte.",
            "Des armes saisies à Anvers",
            "2022-06-09",
        ),
        (
            "Home » MONDE » Le plan de Poutine\n\nLe plan de Poutine\n\npar Jessie Neal\n\nTexte.",
            "Le plan de Poutine",
            None,
        ),
        ("# Heroin routes\n\nPublished: 3 March 2023\n\nBody.", "Heroin routes", "2023-03-03"),
        # body prose first: no headline, and a year in the body is no publication date
        (
            "Mettre en place une réelle coopération entre les pays pour lutter contre les "
            "réseaux criminels au coeur de l'immigration clandestine: c'est l'enjeu d'un forum "
            "organisé jeudi et vendredi à Lyon en 2015.",
            None,
            None,
        ),
    ],
)
def test_title_and_date_line_of_a_text(text, title, published):
    assert title_line(text) == title
    assert date_line(text) == published


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<meta property="article:published_time" content="2022-06-09T12:24:00+02:00">'
            '<meta property="og:site_name" content="RFI">'
            '<meta property="og:title" content="Des armes">',
            ("Des armes", "2022-06-09", "RFI"),
        ),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
            '[{"@type": "NewsArticle", "headline": "Heroin seized", "datePublished": '
            '"2021-03-04", "publisher": {"@type": "Organization", "name": "Europol"}}]}</script>'
            "<title>Heroin seized - Europol</title>",
            ("Heroin seized", "2021-03-04", "Europol"),
        ),
        ("<title>Arms seized at port</title>", ("Arms seized at port", None, None)),
    ],
)
def test_html_metadata_never_takes_a_body_year(head, expected):
    html = f"<html><head>{head}</head><body><article><p>{_BODY}</p></article></body></html>"
    meta = html_metadata(html)
    assert (meta.title, meta.published, meta.publisher) == expected


def test_html_time_element_and_date_line(tmp_path):
    with_time = (
        "<html><body><article><h1>Arms seized</h1><time datetime='2020-05-06'>6 May</time>"
        f"<p>{_BODY}</p></article></body></html>"
    )
    with_line = (
        "<html><head><title>Trafic d'armes</title></head><body><article><h1>Trafic d'armes</h1>"
        f"<p>Jeudi, 9 juin, 2022 - 12:24</p><p>{_BODY}</p></article></body></html>"
    )
    body_only = f"<html><body><article><h1>Arms seized</h1><p>{_BODY}</p></article></body></html>"
    for name, html in (("a.html", with_time), ("b.html", with_line), ("c.html", body_only)):
        (tmp_path / name).write_text(html, encoding="utf-8")
    docs = {d.id.rsplit("/", 1)[-1]: d for d in read_documents(sorted(tmp_path.iterdir()))}
    assert docs["a.html"].published == "2020-05-06"
    assert docs["b.html"].published == "2022-06-09"
    assert docs["b.html"].title == "Trafic d'armes"
    assert docs["c.html"].published is None  # "smuggled in 2019" is not when it was published
    assert docs["c.html"].title == "Arms seized"


def test_markdown_front_matter_is_read_and_left_out_of_the_text(tmp_path):
    (tmp_path / "note.md").write_text(
        "---\ntitle: Cocaine at Antwerp\ndate: 2023-02-01\npublisher: Belgian customs\n"
        "url: https://example.org/antwerp\n---\nCocaine was shipped from Ecuador to Antwerp.\n",
        encoding="utf-8",
    )
    (doc,) = read_documents([tmp_path / "note.md"])
    assert (doc.title, doc.published, doc.publisher, doc.url) == (
        "Cocaine at Antwerp", "2023-02-01", "Belgian customs", "https://example.org/antwerp"
    )  # fmt: skip
    assert doc.text.startswith("Cocaine was shipped")
    meta, rest = front_matter("---\n: : bad yaml [\n---\nText")
    assert meta.title is None and rest.startswith("---")


def test_text_file_title_and_date_line(tmp_path):
    (tmp_path / "seed.txt").write_text(
        "Sur le Darknet, des armes pour l'Europe\n\nJeudi, 9 juin, 2022 - 12:24\n\nTexte.",
        encoding="utf-8",
    )
    (tmp_path / "prose.txt").write_text("cocaine went from Ecuador to Spain in 2019.", "utf-8")
    docs = {d.id.rsplit("/", 1)[-1]: d for d in read_documents([tmp_path])}
    assert docs["seed.txt"].title == "Sur le Darknet, des armes pour l'Europe"
    assert docs["seed.txt"].published == "2022-06-09"
    assert docs["prose.txt"].title == "prose.txt"  # a sentence, not a headline
    assert docs["prose.txt"].published is None


def test_collection_lines_keep_their_fields_and_fill_the_missing_ones(tmp_path):
    lines = [
        {"id": "a", "text": "Titre\n\n9 juin 2022\n\nTexte.", "url": "https://www.rfi.fr/fr/a"},
        {"id": "b", "text": "Titre\n\n9 juin 2022\n\nTexte.", "published": "2020-01-02",
         "title": "Given", "publisher": "AFP", "url": "https://www.rfi.fr/fr/b"},
    ]  # fmt: skip
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    a, b = read_documents([path])
    assert (a.title, a.published, a.publisher) == ("Titre", "2022-06-09", "rfi.fr")
    assert (b.title, b.published, b.publisher) == ("Given", "2020-01-02", "AFP")


def test_pdf_metadata(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    from datetime import datetime

    import matplotlib.pyplot as plt

    fig = plt.figure()
    fig.text(0.1, 0.5, "Cocaine shipped from Ecuador to Antwerp")
    fig.savefig(
        tmp_path / "doc.pdf",
        metadata={"Title": "Cocaine report", "CreationDate": datetime(2021, 4, 5)},
    )
    plt.close(fig)
    (doc,) = read_documents([tmp_path / "doc.pdf"])
    assert (doc.title, doc.published) == ("Cocaine report", "2021-04-05")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.rfi.fr/fr/europe/x", "rfi.fr"),
        ("http://Europol.Europa.eu/news", "europol.europa.eu"),
        ("doc:c.jsonl#a", None),
        (None, None),
    ],
)
def test_publisher_from_url(url, expected):
    assert publisher_from_url(url) == expected
