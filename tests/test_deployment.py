"""Deployment safety: production by default, development commands that refuse real
databases, and lock files that match pyproject.toml."""

import io
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"


def manage(*args, **env):
    """manage.py in a fresh process, with the settings variables of this process removed."""
    clean = {
        k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_manage_py_defaults_to_production_settings():
    result = manage("check", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set in the environment for production" in result.stderr


@pytest.mark.parametrize("command", ["seed_demo", "create_local_admin"])
def test_development_commands_refuse_a_database_server(command):
    result = manage(
        command, DJANGO_SETTINGS_MODULE="kreativorte.settings.dev", DATABASE_URL=POSTGRES_URL
    )
    assert result.returncode == 1
    assert "nur auf der lokalen SQLite-Datenbank" in result.stderr
    assert "--force" in result.stderr


def test_create_local_admin_makes_a_superuser_with_the_printed_password(db, settings):
    settings.DEBUG = True
    output = io.StringIO()
    # The test database is SQLite locally, PostgreSQL in CI: there only with --force.
    call_command("create_local_admin", force=connection.vendor != "sqlite", stdout=output)
    password = re.search(r"Benutzername: admin, Passwort: (\S{12,})", output.getvalue())[1]
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)


def pins(lock: Path) -> dict[str, str]:
    found = re.findall(r"^([A-Za-z0-9_.-]+)==([^ \\\n]+)", lock.read_text(), flags=re.M)
    return {canonicalize_name(name): version for name, version in found}


@pytest.mark.parametrize(
    "lock_file, groups",
    [("requirements.lock", ["main"]), ("requirements-dev.lock", ["main", "dev"])],
)
def test_lock_files_pin_every_dependency_within_its_range(lock_file, groups):
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    requirements = {
        "main": project["dependencies"],
        "dev": project["optional-dependencies"]["dev"],
    }
    locked = pins(REPO / lock_file)
    for group in groups:
        for line in requirements[group]:
            requirement = Requirement(line)
            name = canonicalize_name(requirement.name)
            assert name in locked, f"{name} is missing from {lock_file}: run `make lock`"
            assert requirement.specifier.contains(locked[name], prereleases=True), (
                f"{lock_file} pins {name}=={locked[name]}, outside {requirement.specifier}"
            )
    assert "--hash=sha256:" in (REPO / lock_file).read_text()
