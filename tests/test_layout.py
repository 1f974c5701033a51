"""The tree shows the pipeline: each pass is a subpackage that imports only the passes
before it, no module imports itself back through others, and no module grows past what a
reader takes in at once."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsstruct

PACKAGE = Path(newsstruct.__file__).parent

#: What each pass may import besides itself: the layers of docs/how-it-works.rst. The
#: model (the records a parse returns) is the vocabulary every pass may use.
MAY_IMPORT = {
    "text": set(),
    "grammar": {"text"},
    "page": {"text", "grammar", "model"},
    "header": {"text", "grammar", "page", "model", "learn"},
    "quotes": {"text", "model"},
    "learn": set(),
}

MAX_LINES = 700
MAX_TOP_MODULES = 8


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str) -> set[str]:
    """The newsstruct modules ``name`` imports when it is loaded (imports inside functions,
    which run later, are left out: they cannot close a cycle at import time)."""
    found: set[str] = set()
    for node in ast.parse(MODULES[name].read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsstruct"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newsstruct"))
    return found - {name}


GRAPH = {name: _imports(name) for name in MODULES}


def _layer(name: str) -> str:
    """A module's pass: its subpackage, or its own name at the top."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "newsstruct"


def test_every_module_is_seen() -> None:
    assert "newsstruct.parser" in MODULES
    assert "newsstruct.header.scoring" in MODULES
    assert GRAPH["newsstruct.parser"], "the pipeline imports its passes"


@pytest.mark.parametrize("name", sorted(n for n in MODULES if _layer(n) in MAY_IMPORT))
def test_a_pass_imports_only_the_passes_before_it(name: str) -> None:
    allowed = MAY_IMPORT[_layer(name)] | {_layer(name)}
    wrong = sorted(dep for dep in GRAPH[name] if _layer(dep) not in allowed)
    assert wrong == [], f"{name} imports {wrong}"


def test_no_import_cycle() -> None:
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for dep in sorted(GRAPH.get(name, ())):
            if state.get(dep) == 1:
                cycles.append([*path[path.index(dep) :], dep] if dep in path else [name, dep])
            elif dep not in state:
                visit(dep, [*path, dep])
        state[name] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_the_top_holds_the_pipeline_and_the_contract_only() -> None:
    top = [p.stem for p in PACKAGE.glob("*.py") if p.stem not in {"__init__", "__main__"}]
    assert len(top) <= MAX_TOP_MODULES, top
    assert sum(1 for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()) >= 4


@pytest.mark.parametrize("name", sorted(MODULES))
def test_modules_stay_readable(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines"


@pytest.mark.parametrize("name", sorted(n for n in MODULES if MODULES[n].name == "__init__.py"))
def test_each_subpackage_says_what_it_reads_and_adds(name: str) -> None:
    doc = ast.get_docstring(ast.parse(MODULES[name].read_text(encoding="utf-8")))
    assert doc is not None and len(doc.split()) >= 20, name
