"""The German admin as Chromium renders it: what its scripts draw (the map widget, stream
fields, relative times, the sidebar) is German too. The server-side walk is in
tests/test_admin_german.py; both use the same checker."""

import pytest

from tests.admin_language import english_in, visible_texts

from .support import goto
from .test_csp import log_in

SETTLE_MS = 1_000  # the admin's controllers draw after load


@pytest.mark.parametrize(
    "path",
    ["/admin/", "admin-place", "admin-guide", "/admin/images/", "/admin/documents/multiple/add/"],
)
def test_the_rendered_admin_shows_no_english(open_page, live_site, path):
    visit = open_page()
    log_in(visit, live_site)
    goto(visit, live_site, live_site.more.get(path, path))
    visit.page.wait_for_timeout(SETTLE_MS)
    rendered = visit.page.content()
    assert english_in(visible_texts(rendered)) == []
    assert not visit.traffic.errors, visit.traffic.errors
