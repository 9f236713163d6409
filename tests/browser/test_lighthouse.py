"""Lighthouse scores 100 for accessibility and best practices on every public page type.

One Node script (lighthouse.mjs, Lighthouse and chrome-launcher from npm) runs every page
at phone and desktop size in one Debian Chromium against the live server, once per
module; it writes a summary per page and form factor to test-artifacts/lighthouse/
(with the HTML report for a run below 100). The tests read those summaries.
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .support import BASE_DIR, CHROMIUM_ARGS, PAGE_TYPES, LiveSite

SCRIPT = Path(__file__).with_name("lighthouse.mjs")
LIGHTHOUSE = BASE_DIR / "node_modules" / "lighthouse" / "package.json"
RESULTS = BASE_DIR / "test-artifacts" / "lighthouse"
CATEGORIES = ("accessibility", "best-practices")
FORM_FACTORS = ("phone", "desktop")
# Lighthouse refuses to audit an error page (status 404): axe checks that one (test_pages).
AUDITED = tuple(page_type for page_type in PAGE_TYPES if page_type != "not-found")
# A guard against a hung browser, far above a normal run.
RUN_TIMEOUT_SECONDS = 1200


@pytest.fixture(scope="module")
def lighthouse(live_site: LiveSite, chromium_executable: Path) -> dict[tuple[str, str], dict]:
    """Run Lighthouse once over all audited page types; {(page type, form factor): summary}."""
    node = shutil.which("node")
    if node is None or not LIGHTHOUSE.is_file():
        pytest.fail(
            "Lighthouse needs Node.js and the npm packages: install them (`make install`)",
            pytrace=False,
        )
    job = {
        "chromePath": str(chromium_executable),
        "chromeFlags": CHROMIUM_ARGS,
        "outDir": str(RESULTS),
        "categories": CATEGORIES,
        "formFactors": FORM_FACTORS,
        "pages": [
            {"name": page_type, "url": live_site.absolute(live_site.pages[page_type])}
            for page_type in AUDITED
        ],
    }
    run = subprocess.run(
        [node, str(SCRIPT)],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        cwd=BASE_DIR,
        timeout=RUN_TIMEOUT_SECONDS,
    )
    if run.returncode != 0:
        pytest.fail(f"Lighthouse did not run:\n{run.stderr[-3000:]}", pytrace=False)
    return {
        (page_type, form_factor): json.loads(
            (RESULTS / f"{page_type}-{form_factor}.json").read_text()
        )
        for page_type in AUDITED
        for form_factor in FORM_FACTORS
    }


def describe(summary: dict) -> str:
    lines = []
    for audit in summary["failing"]:
        lines.append(f"[{audit['category']}] {audit['id']}: {audit['title']}")
        lines.extend(f"    {item}" for item in audit["items"])
        if audit["more"]:
            lines.append(f"    … and {audit['more']} more")
    return "\n".join(lines)


def test_every_public_page_type_is_audited():
    assert "easy-language" in AUDITED


@pytest.mark.parametrize("form_factor", FORM_FACTORS)
@pytest.mark.parametrize("page_type", AUDITED)
def test_lighthouse_scores_100(lighthouse, page_type, form_factor):
    summary = lighthouse[(page_type, form_factor)]

    assert summary["runtimeError"] is None, (
        f"Lighthouse could not audit {summary['url']}: {summary['runtimeError']}"
    )
    assert summary["scores"] == dict.fromkeys(CATEGORIES, 100), (
        f"Lighthouse {summary['scores']} on {summary['url']} ({form_factor}); "
        f"report: {RESULTS.relative_to(BASE_DIR)}/{page_type}-{form_factor}.html\n"
        + describe(summary)
    )
