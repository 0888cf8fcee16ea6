"""Read documents from files: .txt, .md, .html, .pdf, .jsonl collections and folders.

An unreadable file (a binary file renamed ``.txt``, a broken PDF) or a bad JSONL line is
reported as a :class:`ReadIssue` naming the file (and line) and the reason; the rest of the
batch goes on. Text that is not UTF-8 is read as Windows-1252 and the document carries a
warning naming file and line, never silently replaced characters.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from pydantic import ValidationError

from flows.encoding import decode_utf16
from flows.extract.metadata import (
    DocMeta,
    front_matter,
    html_metadata,
    pdf_metadata,
    publisher_from_url,
    text_metadata,
)
from flows.limits import MAX_DOCUMENT_MB, MAX_HTML_MB, MAX_PDF_MB, Limit, size_text
from flows.model import Source, has_visible_text

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".jsonl"}
_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")


@dataclass
class Document:
    """One text to extract from; ``id`` is the JSONL id or the file path."""

    id: str
    text: str
    lang: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    path: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        # Kept with the text it hashes: every candidate's key asks for it, and a long
        # document would otherwise be hashed once per candidate.
        cached = self.__dict__.get("_hash")
        if cached is None or cached[0] is not self.text:
            cached = (
                self.text,
                hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest(),
            )
            self.__dict__["_hash"] = cached
        return cached[1]

    @property
    def in_collection(self) -> bool:
        """True for one document of a ``.jsonl`` collection (its id is not its file's path)."""
        return self.path is not None and self.id != self.path

    def _line_in_collection(self) -> str | None:
        """The line number when the collection's line had no id (the id is ``path:line``)."""
        if self.path is not None and self.id.startswith(f"{self.path}:"):
            return self.id[len(self.path) + 1 :]
        return None

    @property
    def label(self) -> str:
        """A short name: the id in a collection (``c.jsonl:3`` when the line had none), else
        the file name."""
        if not self.in_collection:
            return Path(self.path or self.id).name or self.id
        line = self._line_in_collection()
        return f"{Path(self.path).name}:{line}" if line else self.id

    @property
    def reference(self) -> str | None:
        """``doc:<collection file>#<id>`` (``#line-N`` without id) in a collection, else None."""
        if not self.in_collection:
            return None
        line = self._line_in_collection()
        fragment = f"line-{line}" if line else quote(self.id, safe="")
        return f"doc:{quote(Path(self.path).name)}#{fragment}"


@lru_cache(maxsize=4096)
def is_source_url(url: str) -> bool:
    """True when ``url`` fits the record schema's Source.url (http(s)://, file: or doc:)."""
    try:
        Source(title="-", publisher="-", url=url)
    except ValidationError:
        return False
    return True


@dataclass(frozen=True)
class ReadIssue:
    """A file or line that could not be read; ``where`` is ``path`` or ``path:line``."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def normalise_published(value: object) -> str | None:
    """Keep the ISO partial-date prefix of a published date (``2022-06-09T12:24`` -> day)."""
    if value is None:
        return None
    m = _DATE.match(str(value).strip())
    return m.group(0) if m else None


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[ReadIssue]]:
    """Files named, and supported files inside folders (recursively, sorted; hidden files,
    such as the temporary files of a write in progress, are skipped)."""
    files: list[Path] = []
    issues: list[ReadIssue] = []
    for raw in paths:
        p = Path(raw)
        try:
            mode = p.stat().st_mode
            if stat.S_ISDIR(mode):
                files.extend(_folder_documents(p))
            elif stat.S_ISREG(mode):
                files.append(p)
            else:
                issues.append(
                    ReadIssue(str(p), "not a regular file (a device, a pipe or a socket)")
                )
        except FileNotFoundError:
            if p.is_symlink():
                issues.append(ReadIssue(str(p), "a link to a file that does not exist"))
            else:
                issues.append(ReadIssue(str(p), "no such file or folder"))
        except OSError as exc:  # a name too long, a link loop, no permission on a folder
            issues.append(ReadIssue(str(p), f"cannot read it: {exc.strerror or exc}"))
        except ValueError as exc:  # a NUL byte in the name: no file can have it
            issues.append(ReadIssue(repr(str(p)), f"cannot read it: {exc}"))
    return files, issues


def _folder_documents(folder: Path) -> list[Path]:
    return [
        f
        for f in sorted(folder.rglob("*"))
        if f.is_file()
        and f.suffix.lower() in SUPPORTED_SUFFIXES
        and not any(part.startswith(".") for part in f.relative_to(folder).parts)
    ]


class UnreadableText(ValueError):
    """Bytes that are not text (a binary file renamed ``.txt``); the message says why."""


# Control characters other than tab, newlines and form feed: text has almost none.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_text(data: bytes, where: str, line: int | None = None) -> tuple[str, list[str]]:
    """Text of ``data`` (a file, or line ``line`` of one) and warnings naming ``where:line``.

    UTF-8 (with or without BOM) and UTF-16 with a BOM decode silently. Other bytes that are
    valid Windows-1252 (old agency files, Latin-1) are decoded as such with a warning, since
    accents may come out wrong. NUL bytes, bytes that no code page explains or a text full of
    control characters raise :class:`UnreadableText`: that is a binary file, not text.
    """
    if data.startswith(_UTF16_BOMS):
        try:
            return _check_text(data.decode("utf-16")), []
        except UnicodeDecodeError:
            raise UnreadableText(
                "not text: a UTF-16 mark followed by bytes that are not UTF-16"
            ) from None
    utf16 = decode_utf16(data)  # UTF-16 without its mark: a NUL in every other byte
    if utf16 is not None:
        try:
            return _check_text(utf16), []
        except UnreadableText:
            pass  # not text after all: a binary file, said below
    if b"\x00" in data:
        raise UnreadableText("not text: the file holds NUL bytes (a binary file?)")
    try:
        return _check_text(data.decode("utf-8-sig")), []
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise UnreadableText(
                f"not text: byte 0x{bad} is neither UTF-8 nor Windows-1252 (a binary file?)"
            ) from None
        if line is None:
            line = data[: exc.start].count(b"\n") + 1
        warning = (
            f"{where}:{line}: file is not UTF-8 (byte 0x{bad} cannot be decoded); read as "
            "Windows-1252 or Latin-1: check the accents, and save it again as UTF-8"
        )
        return _check_text(text), [warning]


def _check_text(text: str) -> str:
    if text and len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise UnreadableText("not text: too many control characters (a binary file?)")
    return text


def read_text_file(path: Path, limit: Limit = MAX_DOCUMENT_MB) -> tuple[str, list[str]]:
    """Text of a file and warnings (not UTF-8); raise UnreadableText for a binary file or
    a file over ``limit`` (checked before reading: a 2 GB file costs nothing)."""
    return decode_text(read_bounded(path, limit), str(path))


def read_bounded(path: Path, limit: Limit) -> bytes:
    """The bytes of a regular file no larger than ``limit``; else UnreadableText naming it."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableText("not a regular file (a device, a pipe or a socket)")
    if info.st_size > limit.bytes():
        raise UnreadableText(_too_big(size_text(info.st_size), limit))
    with path.open("rb") as fh:
        data = fh.read(limit.bytes() + 1)  # bounded even when the size on disk is not
    if len(data) > limit.bytes():
        raise UnreadableText(_too_big("larger than that", limit))
    return data


def _too_big(size: str, limit: Limit) -> str:
    return f"the file is {size}, over {limit.describe()} (split it, or {limit.setting()})"


def html_main_text(html: str) -> tuple[str, dict]:
    """Main text of an HTML page without boilerplate, plus metadata (title, published,
    publisher, url) from its markup (:func:`flows.extract.metadata.html_metadata`)."""
    import trafilatura

    text = None
    try:
        doc = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, with_metadata=False
        )
        if doc is not None:
            text = doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)
    except Exception:  # trafilatura raises many kinds on hostile markup; fall back below
        text = None
    if not text:
        text = _html_fallback_text(html)
    return text, asdict(html_metadata(html))


# Characters XML (and so lxml's tree edits) refuse: NULL and the C0 controls but tab and newlines.
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _html_fallback_text(html: str) -> str:
    """Visible text when trafilatura finds no main content (short or odd pages)."""
    import lxml.html

    # lxml parses a control character but refuses it when a tree edit moves the text around it
    # ("<p><script>a</script>\x01b</p>": ValueError in drop_tree)
    html = _XML_UNSAFE.sub(" ", html)
    try:
        root = lxml.html.document_fromstring(html)
    except Exception:
        return re.sub(r"<[^>]*>", " ", html)
    for bad in root.xpath("//script|//style|//nav|//header|//footer|//aside|//form|//noscript"):
        bad.drop_tree()
    text = root.text_content()
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.splitlines()]
    return "\n".join(ln for ln in lines if ln)


def pdf_text(path: Path) -> str:
    """The text layer of a PDF; UnreadableText (saying why and what to do) for a PDF that is
    too large, encrypted, broken or without text."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    data = read_bounded(path, MAX_PDF_MB)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            _decrypt(reader)
        pages = []
        size = 0
        for page in reader.pages:
            page_text = (page.extract_text() or "").strip()
            size += len(page_text)
            if size > MAX_DOCUMENT_MB.bytes():
                raise UnreadableText(
                    f"not read: the PDF's text is over {MAX_DOCUMENT_MB.describe()} "
                    f"(split it, or {MAX_DOCUMENT_MB.setting()})"
                )
            pages.append(page_text)
    except PdfReadError as exc:
        raise UnreadableText(f"not a readable PDF ({exc}); save it again as PDF") from None
    text = "\n\n".join(p for p in pages if p)
    if not text:
        raise UnreadableText("the PDF has no text layer (scanned image?); run OCR first")
    return text


def _decrypt(reader) -> None:
    """Open a PDF encrypted without a user password (copy protection); else say what to do.

    AES needs the optional ``cryptography`` package: its absence is explained like any other
    encryption, never reported as a missing package."""
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    advice = (
        "the PDF is encrypted{how}: open it in a PDF reader and save or print it as a PDF "
        "without a password (or run `qpdf --decrypt in.pdf out.pdf`), then try again"
    )
    try:
        opened = reader.decrypt("")
    except DependencyError:
        raise UnreadableText(advice.format(how=" (AES)")) from None
    except (FileNotDecryptedError, PdfReadError, NotImplementedError, ValueError):
        raise UnreadableText(advice.format(how="")) from None
    if not opened:
        raise UnreadableText(advice.format(how=" with a password"))


def read_jsonl(path: Path) -> Iterator[Document | ReadIssue]:
    """Documents of a ``.jsonl`` collection; a bad line yields a ReadIssue and reading goes on.

    A line that is not UTF-8 is read as Windows-1252 and the document carries a warning
    naming ``file:line``; a file whose first line is not text at all is reported once.
    """
    limit = MAX_DOCUMENT_MB
    with path.open("rb") as fh:
        read_any = False
        for n, raw in enumerate(_bounded_lines(fh, limit.bytes()), 1):
            where = f"{path}:{n}"
            if raw is None:  # longer than the limit: skipped without holding it in memory
                yield ReadIssue(where, _too_big("a line over that size", limit).replace(
                    "the file is", "the line is"))  # fmt: skip
                continue
            if not raw.strip():
                continue
            try:
                line, warnings = decode_text(raw, str(path), line=n)
            except UnreadableText as exc:
                if not read_any:  # a binary file renamed .jsonl: one report, not one per line
                    yield ReadIssue(str(path), str(exc))
                    return
                yield ReadIssue(where, str(exc))
                continue
            read_any = True
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ReadIssue(where, f"not JSON ({exc.msg} at column {exc.colno})")
                continue
            except RecursionError:
                yield ReadIssue(where, "not read: JSON nested too deeply (a document is one "
                                "object with 'id' and 'text')")  # fmt: skip
                continue
            if not isinstance(obj, dict):
                yield ReadIssue(where, "a line must be a JSON object with 'id' and 'text'")
                continue
            text = obj.get("text")
            if not isinstance(text, str):
                yield ReadIssue(where, "field 'text' is missing or not a string")
                continue
            doc_id = obj.get("id")
            lang = obj.get("lang")
            doc = Document(
                # an id of blanks names nothing: the line is named by its number instead
                id=str(doc_id) if doc_id is not None and has_visible_text(str(doc_id)) else where,
                text=text,
                lang=lang.lower()[:2] if isinstance(lang, str) and lang else None,
                published=normalise_published(obj.get("published")),
                url=obj.get("url") if isinstance(obj.get("url"), str) else None,
                title=obj.get("title") if isinstance(obj.get("title"), str) else None,
                publisher=obj.get("publisher") if isinstance(obj.get("publisher"), str) else None,
                path=str(path),
                warnings=warnings,
            )
            if doc.url is not None and not is_source_url(doc.url):
                doc.warnings.append(
                    f"{where}: field 'url' is not a web address ({doc.url!r}): its records cite "
                    f"{doc.reference} instead; write the url with https:// or http://"
                )
            _complete_from_text(doc)
            yield doc


def _complete_from_text(doc: Document) -> None:
    """What a collection's line leaves out, read from the text (headline, date line) and the
    address (publisher)."""
    if doc.title is None or doc.published is None:
        found = text_metadata(doc.text)
        doc.title = doc.title or found.title
        doc.published = doc.published or found.published
    if doc.publisher is None and doc.url is not None and is_source_url(doc.url):
        doc.publisher = publisher_from_url(doc.url)


def _bounded_lines(fh, limit: int) -> Iterator[bytes | None]:
    """The lines of a binary file, or None for a line longer than ``limit`` bytes (read and
    dropped in pieces, so memory stays bounded whatever the line)."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the long line
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def read_file(path: Path) -> Iterator[Document | ReadIssue]:
    """Documents in one file (one, or many for .jsonl), or a ReadIssue saying why not."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from read_jsonl(path)
            return
        meta = DocMeta()
        warnings: list[str] = []
        if suffix in HTML_SUFFIXES:
            html, warnings = read_text_file(path, MAX_HTML_MB)
            text, found = html_main_text(html)
            meta = DocMeta(**found)
        elif suffix == ".pdf":
            text = pdf_text(path)
            # a date line on the first page says more than the file's creation date
            meta = DocMeta(published=text_metadata(text).published).fill(pdf_metadata(path))
        elif suffix in TEXT_SUFFIXES or suffix == "":
            text, warnings = read_text_file(path)
            if suffix in (".md", ".markdown"):
                meta, text = front_matter(text)
        else:
            yield ReadIssue(
                str(path), f"unsupported file type '{suffix}' (use .txt .md .html .pdf .jsonl)"
            )
            return
    except UnreadableText as exc:
        yield ReadIssue(str(path), str(exc))
        return
    except OSError as exc:  # no permission, a link loop, a name too long
        yield ReadIssue(str(path), f"cannot read the file: {exc.strerror or exc}")
        return
    except Exception as exc:  # report by name, keep the batch going
        yield ReadIssue(str(path), f"{type(exc).__name__}: {exc}")
        return
    url = meta.url or None
    if url is not None and not is_source_url(url):
        warnings.append(
            f"{path}: the page's url is not a web address ({url!r}); its records carry no url"
        )
        url = None
    meta = meta.fill(text_metadata(text))
    yield Document(
        id=str(path),
        text=text,
        title=meta.title or path.name,
        published=normalise_published(meta.published),
        url=url,
        publisher=meta.publisher or publisher_from_url(url),
        path=str(path),
        warnings=warnings,
    )


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document | ReadIssue]:
    """Every document under ``paths`` in order, interleaved with issues for what failed."""
    files, issues = expand_paths(paths)
    yield from issues
    for f in files:
        yield from read_file(f)
