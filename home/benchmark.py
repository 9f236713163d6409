"""The site the benchmark commands build in an empty database: a home page and "Orte"."""

from wagtail.models import Page, Site

from places.models import PlaceIndexPage

from .models import HomePage


def benchmark_site() -> PlaceIndexPage:
    """Replaces any site with "Benchmark" on testserver; returns its place index."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(instance=HomePage(title="Benchmark", slug="benchmark"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
    )
    return home.add_child(instance=PlaceIndexPage(title="Orte", slug="orte"))
