"""Package discovery that pyproject.toml cannot express: the folder site/ is the package
`kreativorte` (`site` is a standard-library module), and the project-wide templates/ and
locale/ travel inside it, where Django finds them as the `kreativorte` app's own.

Namespace discovery takes data folders (templates/…, static/…) as packages too, so their
files are package data (the patterns in pyproject.toml)."""

from setuptools import find_namespace_packages, setup

APPS = [
    "home",
    "accessibility",
    "places",
    "knowledge",
    "events",
    "search",
    "editorial",
    "newsletter",
    "headless",
    "webhooks",
]
FOLDERS = {
    "kreativorte": "site",
    "kreativorte.templates": "templates",
    "kreativorte.locale": "locale",
}


def packages_in(folder: str, name: str) -> list[str]:
    return [
        name,
        *(f"{name}.{sub}" for sub in find_namespace_packages(folder, exclude=["assets*"])),
    ]


setup(
    package_dir=FOLDERS,
    packages=[
        *find_namespace_packages(
            include=[f"{app}{tail}" for app in APPS for tail in ("", ".*")], exclude=["*.assets"]
        ),
        *(package for name, folder in FOLDERS.items() for package in packages_in(folder, name)),
    ],
)
