"""The package's folders are its stages, and data flows down them once: each stage
imports only from the stages before it (and from the shared contract modules)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "dagsorden_parser"

#: The stages in pipeline order; `profiles` are priors that may read every stage before
#: `output`, and the stages see them only through protocols.
ORDER = ("read", "clean", "structure", "facts", "profiles", "output")
#: Modules every stage may use: the JSON contract, typed errors, the Danish words, the version.
SHARED = {"models", "errors", "vocabulary", "version", "__init__"}


def _imports(path: Path) -> set[str]:
    """The package modules `path` imports, as dotted names relative to the package."""
    module = path.relative_to(PACKAGE).with_suffix("").parts
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(module[: len(module) - node.level])
                target = [*base, *(node.module.split(".") if node.module else [])]
            elif node.module and node.module.startswith("dagsorden_parser"):
                target = node.module.split(".")[1:]
            else:
                continue
            found.add(".".join(target) or "__init__")
    return found


def test_each_stage_imports_only_earlier_stages() -> None:
    wrong = []
    for n, stage in enumerate(ORDER):
        allowed = set(ORDER[: n + 1])
        for path in sorted((PACKAGE / stage).glob("*.py")):
            for target in _imports(path):
                head = target.split(".")[0]
                if head in allowed or head in SHARED or target == "__init__":
                    continue
                wrong.append(f"{path.relative_to(PACKAGE)} imports {target}")
    assert not wrong, "\n".join(wrong)


def test_only_api_chains_the_stages() -> None:
    chaining = []
    for path in sorted(PACKAGE.glob("*.py")):
        stages = {t.split(".")[0] for t in _imports(path)} & {"read", "structure", "facts"}
        if len(stages) >= 3:
            chaining.append(path.name)
    assert chaining == ["api.py"]


def test_no_pdf_library_past_the_reading_stage() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "read":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {
            alias.name.split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {
            (node.module or "").split(".")[0]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and not node.level
        }
        assert not names & {"pdfplumber", "pdfminer", "pypdfium2"}, path
