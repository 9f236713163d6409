"""Imports run one way: layers from the shared modules up to the site's wiring, no cycles,
and no import moved into a function to hide one.

The test reads the source with `ast` and imports nothing, so it needs no database.
docs/architecture.md explains the layers.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Folder → the package name it is imported as (the folder site/ is `kreativorte`).
APPS = {
    "site": "kreativorte",
    "places": "places",
    "knowledge": "knowledge",
    "events": "events",
    "home": "home",
    "accessibility": "accessibility",
    "search": "search",
    "newsletter": "newsletter",
    "editorial": "editorial",
    "headless": "headless",
    "webhooks": "webhooks",
}
# A module may import modules of a lower layer and of its own app, nothing else.
LAYERS = {
    "kreativorte": 0,  # shared parts
    "places": 1,  # the domains: guides and events point at places, events use topics
    "knowledge": 2,
    "events": 3,
    "home": 4,  # the site root shows places, guides and events
    # Barrier reports and the accessibility statement: built on the place suggestions' spam
    # protection; the dashboard's review warning for the statement lives in editorial.
    "accessibility": 4,
    "search": 5,  # built on the domains, independent of each other
    "newsletter": 5,
    "editorial": 5,
    "headless": 5,
    "webhooks": 6,  # sends what the change feed and the newsletter publish
}
WIRING = 7
# Modules that assemble the whole site; they may import every app.
WIRING_MODULES = {
    "kreativorte.api",  # the API router
    "kreativorte.urls",
    "kreativorte.wagtail_hooks",  # admin menus grouping several apps' snippets
    "kreativorte.health",  # the readiness probe asks the search app
}
WIRING_PACKAGES = ("kreativorte.settings", "home.demo")  # and every management command


def module_files() -> dict[str, Path]:
    modules = {}
    for folder, package in APPS.items():
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = [package, *path.relative_to(ROOT / folder).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


MODULES = module_files()


def imports(module: str, path: Path) -> list[tuple[str, bool]]:
    """(project module imported, whether inside a function) for every import in the file."""
    found = []
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(node, in_function: bool):
        for child in ast.iter_child_nodes(node):
            names = []
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                names = [base, *(f"{base}.{alias.name}" for alias in child.names)]
            for name in names:
                while name and name not in MODULES:
                    name = name.rpartition(".")[0]
                if name and name != module:
                    found.append((name, in_function))
            nested = isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            visit(child, in_function or nested)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), False)
    return found


GRAPH = {module: imports(module, path) for module, path in MODULES.items()}


def app_of(module: str) -> str:
    return module.split(".")[0]


def layer(module: str) -> int:
    if (
        module in WIRING_MODULES
        or module.startswith(WIRING_PACKAGES)
        or ".management.commands." in module
    ):
        return WIRING
    return LAYERS[app_of(module)]


def against_the_direction() -> list[str]:
    return sorted(
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        for target, _ in targets
        if app_of(target) != app_of(module) and layer(target) >= layer(module)
    )


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    return found


@pytest.mark.parametrize("folder", sorted(APPS))
def test_every_app_folder_is_read(folder):
    assert any(path.is_relative_to(ROOT / folder) for path in MODULES.values())


def test_imports_run_from_the_shared_parts_up_to_the_wiring():
    wrong = against_the_direction()
    assert not wrong, (
        "An import against the layers (docs/architecture.md); turn the dependency around "
        f"with a signal, a hook or a template tag of the higher app: {wrong}"
    )


def test_no_module_cycles():
    graph = {module: {target for target, _ in targets} for module, targets in GRAPH.items()}
    assert cycles(graph) == []


def test_no_imports_hidden_in_functions():
    """Only AppConfig.ready() imports at run time (Django's place to connect signals)."""
    hidden = sorted(
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        for target, in_function in targets
        if in_function and not module.endswith(".apps")
    )
    assert not hidden


def test_the_checks_catch_what_they_forbid(tmp_path):
    module = tmp_path / "example.py"
    module.write_text("def hidden():\n    from newsletter.digest import build_digest\n")
    assert imports("places.example", module) == [
        ("newsletter.digest", True),
        ("newsletter.digest", True),
    ]
    assert layer("newsletter.digest") >= layer("places.example")
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_app_is_packaged():
    """setup.py ships each app folder in the wheel (and so in the image)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    packaged = next(
        ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "APPS"
    )
    assert set(packaged) == set(APPS) - {"site"}
