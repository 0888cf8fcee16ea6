"""What a document says about itself: title, publication date, publisher and address.

Read the way a person reads a page: the HTML metadata first (``article:published_time``,
JSON-LD ``datePublished``, ``<time>``, ``og:title``, ``og:site_name``; through trafilatura
and htmldate, never their search of the body text), then the top of the text (a headline,
a date line such as "Jeudi, 9 juin, 2022 - 12:24" or "Published: 3 March 2023"), Markdown
front matter, PDF metadata, and finally the host of the document's address as publisher.
A year in the body ("smuggled in 2019") is never taken for the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from urllib.parse import urlsplit

from flows.dates import PartialDate
from flows.extract.periods import MONTHS

# How far down a date line or a headline may sit: "Home » World » Title", the title, a
# byline, then the date.
_TOP_LINES = 8
_TOP_CHARS = 1200
_MAX_TITLE = 200

_MONTH_ABBR = {
    "fr": {"janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "déc": 12, "dec": 12},
    "en": {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "sept": 9, "oct": 10, "nov": 11, "dec": 12},
}  # fmt: skip


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for lang, names in MONTHS.items():
        nums = {"fr": [1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 12]}.get(
            lang, list(range(1, 13))
        )
        table.update(zip(names, nums, strict=True))
        table.update(_MONTH_ABBR[lang])
    return table


_MONTH_NUM = _month_table()
_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, _MONTH_NUM), key=len, reverse=True)) + ")"
_WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
)
_LABEL = (
    r"(?P<label>publié|publiée|mis\s+en\s+ligne|mis\s+à\s+jour|modifié|date|published|"
    r"posted|updated|last\s+updated|first\s+published|issued|released|dated?)?\s*"
    r"(?:le|on|at)?\s*[:\-–—]?\s*"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_FORMS = [
    rf"(?P<day>\d{{1,2}}|1er)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+{_YEAR}",
    rf"{_MONTH}\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}",
    r"(?P<iso>(?:19|20)\d\d-\d{2}-\d{2})",
    r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d\d)",
    rf"{_MONTH}\.?\s+{_YEAR}",
]
_DATE_LINES = [
    re.compile(r"^\W{0,3}" + _LABEL + rf"(?:{_WEEKDAY}\s*,?\s*)?{form}", re.IGNORECASE)
    for form in _DATE_FORMS
]
# What may follow the date on a date line: a time, a time zone, an update, a byline.
_DATE_TAIL = re.compile(
    r"^\s*(?:(?:[-–—|,·•/]|à|at|,\s*à)?\s*\d{1,2}\s*(?:[:h.]\s*\d{2})?\s*(?:am|pm|utc|gmt|cet|"
    r"cest|edt|est|bst|h)?\b)?",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"\s(?:»|›|>|/|\|)\s.*\s(?:»|›|>|/|\|)\s")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.{0,8000}?)\n---[ \t]*(?:\n|\Z)", re.S)
_FILE_TITLE = re.compile(r"(?:^microsoft\s+\w+\s+-|\.(?:docx?|pdf|odt|rtf|indd)$|^untitled)", re.I)


@dataclass
class DocMeta:
    """Metadata found in a document; ``None`` where the document does not say."""

    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None

    def fill(self, other: DocMeta) -> DocMeta:
        """Fields of ``self``, completed with those of ``other`` where ``self`` has none."""
        return DocMeta(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})  # fmt: skip


def _clean(value: object, limit: int = _MAX_TITLE) -> str | None:
    if not isinstance(value, str):
        return None
    text = re.sub(r"\s+", " ", value).strip()
    return text[:limit] or None


def _iso(value: object) -> str | None:
    """The ISO partial date at the start of ``value`` if it is a real date, not after today."""
    m = re.match(r"^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)", str(value or ""))
    if not m:
        return None
    try:
        pd = PartialDate.parse(m.group(1))
    except ValueError:
        return None
    return str(pd) if pd.earliest() <= date.today() else None


# -- HTML ----------------------------------------------------------------------------------------
def html_metadata(html: str) -> DocMeta:
    """Title, date, publisher and canonical address from a page's markup.

    trafilatura reads the ``<meta>`` tags, JSON-LD and ``<title>``/``<h1>``; htmldate reads the
    dates of the markup (``article:published_time``, ``datePublished``, ``<time>``, the URL)
    with its search of the free text turned off, so that "in 2019" in the body is not taken
    for the publication date.
    """
    from trafilatura.metadata import extract_metadata

    try:
        meta = extract_metadata(
            html,
            date_config={
                "extensive_search": False,
                "original_date": True,
                "max_date": date.today().isoformat(),
            },
        )
    except Exception:  # hostile or broken markup: the page's text is still read
        return DocMeta()
    url = _clean(meta.url, 2000)
    if url is not None and not url.lower().startswith(("http://", "https://")):
        url = None
    return DocMeta(
        title=_clean(meta.title),
        published=_iso(meta.date),
        publisher=_clean(meta.sitename, 120),
        url=url,
    )


# -- plain text ------------------------------------------------------------------------------
def _top_lines(text: str) -> list[str]:
    lines = [ln.strip() for ln in text[:_TOP_CHARS].splitlines()]
    return [ln for ln in lines if ln][:_TOP_LINES]


def parse_date_line(line: str) -> str | None:
    """The date of a line that is only a date (with a weekday, a label, a time or a short
    byline): ``"Jeudi, 9 juin, 2022 - 12:24"`` -> ``"2022-06-09"``; a sentence -> None.

    >>> parse_date_line("Published: March 3, 2023")
    '2023-03-03'
    >>> parse_date_line("Le 9 juin 2022, la police a saisi des armes à Anvers.") is None
    True
    """
    if len(line) > 90:
        return None
    m = next((m for p in _DATE_LINES if (m := p.match(line))), None)
    if m is None:
        return None
    rest = line[m.end() :]
    rest = rest[_DATE_TAIL.match(rest).end() :]
    # Left over: at most a short byline or an update note ("| Par Jessie Neal").
    update = re.match(r"^\W*(?:mis\s+à\s+jour|modifié|updated|last\s+updated)\b", rest, re.I)
    if update is None and (
        len(re.findall(r"[^\W\d]+", rest)) > 6 or re.search(r"[.;!?]\s*[^\W\d]", rest)
    ):
        return None
    g = m.groupdict()
    try:
        if g.get("iso"):
            return _iso(g["iso"])
        if g.get("y"):
            day, month = int(g["d"]), int(g["m"])
            if month > 12:
                return None  # 05/31/2022 is not read as a day-first date
            return _iso(f"{g['y']}-{month:02d}-{day:02d}")
        month = _MONTH_NUM[g["month"].lower().rstrip(".")]
        if g.get("day"):
            day = 1 if g["day"].lower() == "1er" else int(g["day"])
            return _iso(f"{g['year']}-{month:02d}-{day:02d}")
        return _iso(f"{g['year']}-{month:02d}")
    except (KeyError, ValueError):
        return None


def date_line(text: str) -> str | None:
    """The publication date given by a date line near the top of ``text``, or None.

    A line labelled as published wins over an update line; otherwise the first one."""
    found: list[tuple[bool, str]] = []
    for line in _top_lines(text):
        d = parse_date_line(line)
        if d is not None:
            updated = bool(re.match(r"^\W*(?:mis\s+à\s+jour|modifié|updated|last\s+updated)",
                                    line, re.I))  # fmt: skip
            found.append((updated, d))
    if not found:
        return None
    return min(found, key=lambda t: t[0])[1]


def title_line(text: str) -> str | None:
    """A headline at the top of a text: the first line that is not a breadcrumb ("Home »
    World » ..."), a date line or a sentence of body text (a headline has no final full stop
    and more text follows it); Markdown ``#`` marks dropped."""
    lines = _top_lines(text)
    for n, line in enumerate(lines):
        line = re.sub(r"^#{1,6}\s+", "", line).strip()
        if _BREADCRUMB.search(f" {line} ") or parse_date_line(line):
            continue
        words = re.findall(r"\w+", line)
        if not words:
            continue
        if len(line) > _MAX_TITLE or len(words) > 30:
            return None  # the text starts with body prose: no headline
        if line.endswith((".", ";", ",")) or n == len(lines) - 1:
            return None  # a sentence of body text, or the whole text: not a headline
        return line
    return None


def front_matter(text: str) -> tuple[DocMeta, str]:
    """Metadata of a Markdown YAML front matter block, and the text without it."""
    m = _FRONT_MATTER.match(text)
    if m is None:
        return DocMeta(), text
    import yaml

    try:
        data = yaml.safe_load(m.group("body"))
    except yaml.YAMLError:
        return DocMeta(), text
    if not isinstance(data, dict):
        return DocMeta(), text

    def first(*keys: str) -> object:
        return next((data[k] for k in keys if data.get(k) not in (None, "")), None)

    url = _clean(first("url", "link", "canonical", "source_url"), 2000)
    if url is not None and not url.lower().startswith(("http://", "https://")):
        url = None
    published = first("published", "date", "pubdate", "publication_date", "datePublished")
    meta = DocMeta(
        title=_clean(first("title", "headline")),
        published=_iso(published.isoformat() if isinstance(published, date) else published),
        publisher=_clean(first("publisher", "source", "site_name", "site"), 120),
        url=url,
    )
    return meta, text[m.end() :]


def text_metadata(text: str) -> DocMeta:
    """Headline and date line at the top of a plain text."""
    return DocMeta(title=title_line(text), published=date_line(text))


# -- PDF -----------------------------------------------------------------------------------------
def pdf_metadata(path) -> DocMeta:
    """Title, creation date and publisher (XMP ``dc:publisher``) of a PDF's metadata."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(str(path))
        info = reader.metadata
    except Exception:  # encrypted or broken PDFs: their text is read (or refused) elsewhere
        return DocMeta()
    if info is None:
        return DocMeta()
    title = _clean(info.title)
    if title is not None and _FILE_TITLE.search(title):
        title = None
    published = None
    try:
        created = info.creation_date
        published = _iso(created.date().isoformat()) if created else None
    except Exception:  # a malformed /CreationDate
        published = None
    publisher = None
    try:
        xmp = reader.xmp_metadata
        if xmp is not None and xmp.dc_publisher:
            publisher = _clean(xmp.dc_publisher[0], 120)
    except Exception:  # malformed XMP
        publisher = None
    return DocMeta(title=title, published=published, publisher=publisher)


# -- address -------------------------------------------------------------------------------------
def publisher_from_url(url: str | None) -> str | None:
    """The site a web address belongs to (``https://www.rfi.fr/fr/...`` -> ``rfi.fr``)."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    host = re.sub(r"^www\d?\.", "", host.lower())
    return host or None
