"""Checks on the package's source that the linters do not make."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "timeline"


def test_no_module_binds_a_top_level_name_twice() -> None:
    # a second `_PLANNED_BEFORE = re.compile(...)` in undated.py silently replaced the
    # first (ruff does not flag a rebound constant) and moved an undated story two years
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        names: collections.Counter[str] = collections.Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
        twice += [f"{path.name}: {name}" for name, count in names.items() if count > 1]
    assert twice == []
