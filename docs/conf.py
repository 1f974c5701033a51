"""Sphinx configuration for the newsstruct documentation.

Built in CI with warnings as errors (``sphinx-build -W``); every ``>>>`` example in
these pages and in the docstrings runs as a doctest (``sphinx-build -b doctest``, and
pytest runs the pages' examples too). Two things are generated at build time, so they
cannot drift: the table of data files (from their header comments) and the rendered
HTML picture of the seed article.
"""

from __future__ import annotations

import doctest
import pkgutil
import sys
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

import newsstruct  # noqa: E402

project = "newsstruct"
author = "newsstruct maintainers"
copyright = "newsstruct maintainers"
release = newsstruct.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "myst_parser",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "_generated/*.html", "conftest.py"]
nitpicky = False

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}

html_theme = "furo"
html_title = f"newsstruct {release}"
html_extra_path = ["_generated/extra"]

# The pages' examples run from the root of a checkout (they open examples/articles/...).
# Examples in docstrings run, as under pytest, with their module's public names at hand.
_MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(newsstruct.__path__, prefix="newsstruct.")
    if m.name not in ("newsstruct.__main__", "newsstruct.testing")
)
doctest_global_setup = f"import os\nos.chdir({str(ROOT)!r})\n" + "".join(
    f"from {name} import *\n" for name in _MODULES
)
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.DONT_ACCEPT_TRUE_FOR_1

myst_heading_anchors = 3
suppress_warnings = ["myst.header"]


def _header_comment(text: str) -> str:
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return " ".join(lines)


def _data_files_table() -> str:
    """An RST table of the data files: name, entries, and the file's own header comment."""
    rows = []
    for entry in sorted(resources.files("newsstruct").joinpath("data").iterdir(), key=lambda p: p.name):
        if not entry.is_file():
            continue  # weights/: fitted models, described in how-it-works
        text = entry.read_text(encoding="utf-8")
        count = sum(1 for line in text.splitlines() if line.strip() and not line.startswith("#"))
        comment = _header_comment(text).replace("*", r"\*").replace("`", r"\`").replace("|", r"\|")
        rows.append(f"   * - ``{entry.name}``\n     - {count}\n     - {comment}")
    head = (
        ".. list-table::\n   :header-rows: 1\n   :widths: 20 8 72\n\n"
        "   * - file\n     - entries\n     - what it holds (its header comment)\n"
    )
    return head + "\n".join(rows) + "\n"


def _generate() -> None:
    generated = HERE / "_generated"
    (generated / "extra").mkdir(parents=True, exist_ok=True)
    (generated / "data-files.rst.inc").write_text(_data_files_table(), encoding="utf-8")
    seed = ROOT / "examples" / "articles" / "seed-putin-xi.txt"
    page = newsstruct.parse(seed.read_text(encoding="utf-8")).to_html()
    (generated / "extra" / "seed-putin-xi.html").write_text(page, encoding="utf-8")


_generate()
