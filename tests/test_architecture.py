"""Imports between the apps run one way: the domains never import the apps built on them.

Every import counts, also one moved into a function. The test reads the source with `ast`
and imports nothing, so it needs no database.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Folder → the package name it is imported as (the folder site/ is `kreativorte`).
APPS = {
    "home": "home",
    "places": "places",
    "knowledge": "knowledge",
    "events": "events",
    "search": "search",
    "editorial": "editorial",
    "newsletter": "newsletter",
    "site": "kreativorte",
}
DOMAINS = {"home", "places", "knowledge", "events"}
BUILT_ON_THE_DOMAINS = {"search", "newsletter", "editorial"}

# Violations that exist today, as (file, imported module). To be removed by issue 12:
# each entry goes when its import does; a new violation is not added here but fixed.
KNOWN_VIOLATIONS = {
    ("home/demo/seed.py", "editorial.workflow"),
    ("home/demo/seed.py", "newsletter.models"),
    ("places/suggestions/drafts.py", "editorial.workflow"),
}


def source_files(folder: str) -> list[Path]:
    return sorted(path for path in (ROOT / folder).rglob("*.py") if "migrations" not in path.parts)


def imported_modules(path: Path) -> list[str]:
    """Absolute imports anywhere in the file, function bodies included."""
    modules = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            modules.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.append(node.module)
    return modules


def violations() -> set[tuple[str, str]]:
    found = set()
    for folder, package in APPS.items():
        if package not in DOMAINS:
            continue
        for path in source_files(folder):
            for module in imported_modules(path):
                if module.split(".")[0] in BUILT_ON_THE_DOMAINS:
                    found.add((path.relative_to(ROOT).as_posix(), module))
    return found


@pytest.mark.parametrize("folder", sorted(APPS))
def test_every_app_folder_is_read(folder):
    assert source_files(folder), f"no Python files found in {folder}/"


def test_domains_do_not_import_search_newsletter_or_editorial():
    new = sorted(violations() - KNOWN_VIOLATIONS)
    assert not new, (
        "Domain apps (home, places, knowledge, events) must not import search, "
        f"newsletter or editorial; move the code or turn the dependency around: {new}"
    )


def test_the_scan_finds_a_forbidden_import(tmp_path):
    module = tmp_path / "example.py"
    module.write_text("def hidden():\n    from newsletter.digest import build\n")
    assert imported_modules(module) == ["newsletter.digest"]
