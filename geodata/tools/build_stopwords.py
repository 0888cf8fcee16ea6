"""Rebuild geodata/data/stopwords.txt: function words of FR, EN, DE, IT, ES as gazetteer keys.

Run from the repository root (needs spaCy, only here; the gazetteer reads the text file)::

    .venv/bin/pip install -e '.[tools]' && .venv/bin/python -m geodata.tools.build_stopwords

The words are spaCy's stop-word lists for the five languages (MIT licence), normalised with
geodata.normalize.normalize_key, plus the hand list CORE_STOPWORDS of geodata/normalize.py.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from geodata.normalize import CORE_STOPWORDS, normalize_key

OUT = Path(__file__).resolve().parents[1] / "data" / "stopwords.txt"


def main() -> int:
    try:
        import spacy  # a build-time tool only: the product never needs spaCy
    except ImportError:
        print("build_stopwords needs spaCy: pip install -e '.[tools]'", file=sys.stderr)
        return 1
    words: set[str] = set(CORE_STOPWORDS)
    for lang in ("fr", "en", "de", "it", "es"):
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
        words |= {normalize_key(w) for w in module.STOP_WORDS}
    words = {w for w in words if w and " " not in w}
    header = (
        "# Function words of French, English, German, Italian and Spanish as gazetteer keys.\n"
        f"# Built by geodata/tools/build_stopwords.py from spaCy {spacy.__version__} stop-word\n"
        "# lists (MIT licence) plus CORE_STOPWORDS of geodata/normalize.py. One key per line.\n"
    )
    OUT.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
