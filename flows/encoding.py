"""Recognise UTF-16 text, with or without its byte-order mark.

Spreadsheet programs save "Unicode text" as UTF-16; read as a single-byte code page it looks
like text with a NUL between letters, and naming it "Windows-1252" sends the user the wrong
way. Text in Latin scripts has a NUL in every other byte in UTF-16 and almost never elsewhere.

>>> sniff_utf16("Kyiv".encode("utf-16"))
'utf-16'
>>> sniff_utf16("Odesa, Mykolaiv".encode("utf-16-le")), sniff_utf16(b"plain text")
('utf-16-le', None)
"""

from __future__ import annotations

_BOMS = (b"\xff\xfe", b"\xfe\xff")
_SAMPLE = 4096


def sniff_utf16(data: bytes) -> str | None:
    """``"utf-16"`` (with a byte-order mark), ``"utf-16-le"``/``"utf-16-be"`` (without), or
    None when ``data`` does not look like UTF-16 text."""
    if data.startswith(_BOMS):
        return "utf-16"
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) - len(sample) % 2]
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd > 0.4 and nul_even < 0.05:
        return "utf-16-le"
    if nul_even > 0.4 and nul_odd < 0.05:
        return "utf-16-be"
    return None


def decode_utf16(data: bytes) -> str | None:
    """The text of UTF-16 ``data`` (see :func:`sniff_utf16`), or None when it is not UTF-16."""
    codec = sniff_utf16(data)
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None
