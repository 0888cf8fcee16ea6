"""How this process asks the system for memory while it loads and filters big tables.

Loading a million records, and every filter change after it, makes and drops many arrays of
a few to a hundred megabytes. With the allocators' defaults, each of them is fresh memory
from the kernel, and Linux backs fresh memory that asks for huge pages (``madvise`` mode of
transparent huge pages, the default of Debian and Ubuntu) with 2 MB pages that it clears
one by one: a third of a cold load's CPU time on this machine went to the kernel clearing
pages (``perf``: ``clear_page_erms`` under ``do_huge_pmd_anonymous_page``), most of it for
Arrow's default allocator (mimalloc), the rest for NumPy's large arrays.

:func:`tune_allocators` makes freed memory reused instead of handed back and cleared again:

- Arrow allocates with the C library's ``malloc`` (its system pool) instead of mimalloc;
- NumPy stops asking for huge pages for its large arrays;
- glibc keeps blocks up to 32 MB on its heap (``M_MMAP_THRESHOLD``) and does not give
  freed memory back to the system before 1 GB is free (``M_TRIM_THRESHOLD``).

Share of a cold 1M-record load's CPU samples spent clearing pages: 33.5 % before, 1.3 %
after (``benchmarks/README.md`` gives the load and rerun times). Peak memory does not grow:
the same arrays are reused rather than added.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import os
import sys

# glibc's mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_MMAP_THRESHOLD = 32 * 1024 * 1024  # the largest glibc accepts on 64-bit systems
_TRIM_THRESHOLD = 1024 * 1024 * 1024

_done: dict[str, bool] = {}


def tune_allocators() -> dict[str, bool]:
    """Make this process reuse freed memory (see the module); once per process.

    Returns what was changed (``{"arrow": bool, "numpy": bool, "glibc": bool}``): each part
    is skipped where it does not apply (another C library, an Arrow without a system pool)
    and ``FLOWS_DEFAULT_ALLOCATORS=1`` leaves all three as they are.

    >>> sorted(tune_allocators())
    ['arrow', 'glibc', 'numpy']
    """
    if _done:
        return dict(_done)
    off = os.environ.get("FLOWS_DEFAULT_ALLOCATORS", "") not in ("", "0")
    _done.update(
        arrow=not off and _arrow_system_pool(),
        numpy=not off and _numpy_no_huge_pages(),
        glibc=not off and _glibc_keep_freed(),
    )
    return dict(_done)


def _arrow_system_pool() -> bool:
    import pyarrow as pa

    try:
        pa.set_memory_pool(pa.system_memory_pool())
    except (AttributeError, NotImplementedError, pa.ArrowException):
        return False
    return True


def _numpy_no_huge_pages() -> bool:
    try:
        from numpy._core import multiarray
    except ImportError:  # NumPy 1.x
        from numpy.core import multiarray
    switch = getattr(multiarray, "_set_madvise_hugepage", None)
    if switch is None:
        return False
    switch(False)
    return True


def _glibc_keep_freed() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import platform

    if platform.libc_ver()[0] != "glibc":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)) and bool(
        mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD)
    )


def keep_for_good() -> None:
    """Move every object alive now out of the cyclic garbage collector's sight.

    For what the process keeps until it ends (the loaded table, the country shapes, the
    modules imported for them): Streamlit runs a full collection after every rerun, which
    walks every tracked object, and the 31,000 coordinate lists of the country shapes alone
    cost about 6 ms of it. Frozen objects are still freed by reference counting; what is
    garbage now is collected first.
    """
    gc.collect()
    gc.freeze()
