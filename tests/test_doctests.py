"""The examples in docstrings run, so the documentation cannot drift from the code."""

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def _modules_with_examples() -> list[str]:
    names = []
    for package in ("flows", "geodata"):
        for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}."):
            source = ROOT / (info.name.replace(".", "/") + ".py")
            if source.exists() and ">>> " in source.read_text(encoding="utf-8"):
                names.append(info.name)
    return names


MODULES = _modules_with_examples()


def test_there_are_examples():
    assert len(MODULES) >= 4


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
