"""sitemap.xml: every live, public page of every language version of the site."""

from django.db.models import Q
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.models import Page


class LocalizedSitemap(WagtailSitemap):
    """Wagtail's sitemap lists only the site root's own tree: the German one.

    The English pages live below the root's translation (`/en/`), a sibling tree, so
    the sitemap here covers the root and all its translations. Drafts, unpublished
    pages and pages behind a password or login (`public()`) stay out.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key).values_list(
            "path", flat=True
        )
        in_trees = Q()
        for path in roots:
            in_trees |= Q(path__startswith=path)
        return (
            Page.objects.filter(in_trees)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
