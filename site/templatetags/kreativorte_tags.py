from dataclasses import dataclass, field

from django import template
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import OuterRef, Prefetch, Q, Subquery, prefetch_related_objects
from django.urls import translate_url
from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Locale, Page, Site

from kreativorte.prefetch import thumbnail_images
from kreativorte.request_cache import request_cached
from kreativorte.text import german_slugify
from kreativorte.visibility import is_public

register = template.Library()


@register.filter
def anchor(heading: str) -> str:
    """Fragment id for a heading, used by tables of contents."""
    return german_slugify(str(heading))


@register.filter
def public(page) -> bool:
    """True when visitors may see the page (live, no password or login restriction)."""
    return is_public(page)


# The site layout: navigation, footer, language switch and SEO tags of base.html.

SECTION_MODELS = (
    ("places", "places.PlaceIndexPage"),
    ("guides", "knowledge.GuideIndexPage"),
    ("cooperations", "knowledge.CooperationIndexPage"),
    ("events", "events.EventIndexPage"),
)
FOOTER_SLUGS = ("impressum", "datenschutz", "barrierefreiheit")
# German only, linked from every language's header: (Layout attribute, page model).
GERMAN_ONLY_MODELS = (
    ("easy_language", "home.EasyLanguagePage"),
    ("sign_language", "home.SignLanguagePage"),
)
OG_LOCALES = {"de": "de_DE", "en": "en_GB"}
OG_IMAGE_SPEC = "fill-1200x630"


@dataclass
class NavItem:
    key: str
    title: str
    url: str
    current: bool = False


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    translated: bool  # a translation of the current page (not just that language's home)


@dataclass
class Layout:
    language: str
    home: Page | None = None
    home_url: str = "/"
    sections: list[NavItem] = field(default_factory=list)
    footer: dict[str, NavItem] = field(default_factory=dict)
    languages: list[LanguageLink] = field(default_factory=list)
    alternates: list[tuple[str, str]] = field(default_factory=list)  # (hreflang, absolute URL)
    easy_language: NavItem | None = None  # the German Leichte Sprache page
    sign_language: NavItem | None = None  # the German Gebärdensprache page

    @property
    def footer_links(self) -> list[NavItem]:
        return [self.footer[slug] for slug in FOOTER_SLUGS if slug in self.footer]


def _page_language(page, request) -> str:
    if isinstance(page, Page) and page.locale_id:
        codes = request_cached(
            request, "locale_codes", lambda: dict(Locale.objects.values_list("id", "language_code"))
        )
        return codes.get(page.locale_id, settings.LANGUAGE_CODE)
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def _site_homes(request) -> dict:
    """The site root and its live translations by language code (one query per request)."""

    def build():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        root = site.root_page
        homes = Page.objects.filter(translation_key=root.translation_key, live=True)
        homes = {home.locale.language_code: home for home in homes.select_related("locale")}
        homes.setdefault(settings.LANGUAGE_CODE, root)
        return homes

    return request_cached(request, "site_homes", build)


def _localized_home(request, language: str, fallback: bool = True):
    """The site root in the given language (else, with `fallback`, in the default language)."""
    homes = _site_homes(request)
    if language in homes or not fallback:
        return homes.get(language)
    return homes.get(settings.LANGUAGE_CODE)


def _german_only_types() -> dict[int, str]:
    """Content type id -> Layout attribute of the German-only pages (cached by Django)."""
    return {
        ContentType.objects.get_for_model(apps.get_model(label)).id: key
        for key, label in GERMAN_ONLY_MODELS
    }


def _in_site_pages(home):
    """The section index pages, the footer's pages and the Leichte Sprache and
    Gebärdensprache pages below a home, in one query."""
    section_types = {
        ContentType.objects.get_for_model(apps.get_model(label)).id: key
        for key, label in SECTION_MODELS
    }
    # A footer page is a German home's child with one of FOOTER_SLUGS or a translation of
    # one (the English "legal-notice" is the Impressum's); it is keyed by the German slug.
    footer_slug = Subquery(
        Page.objects.filter(
            translation_key=OuterRef("translation_key"),
            locale__language_code=settings.LANGUAGE_CODE,
            depth=home.depth + 1,
            slug__in=FOOTER_SLUGS,
        ).values("slug")[:1]
    )
    pages = (
        Page.objects.child_of(home)
        .live()
        .public()
        .annotate(footer_slug=footer_slug)
        .filter(
            Q(content_type_id__in=section_types)
            | Q(footer_slug__isnull=False)
            | Q(content_type_id__in=_german_only_types())
        )
        .order_by("path")
    )
    return section_types, list(pages)


def _build_layout(request, page) -> Layout:
    language = _page_language(page, request)
    layout = Layout(language=language)
    home = _localized_home(request, language)
    if home is None:
        return layout
    layout.home = home
    layout.home_url = home.get_url(request) or "/"
    section_types, pages = _in_site_pages(home)
    current_path = getattr(page, "path", "") if isinstance(page, Page) else ""
    german_only = _german_only_types()
    for child in pages:
        key = section_types.get(child.content_type_id)
        if child.content_type_id in german_only:
            name = german_only[child.content_type_id]
            setattr(
                layout,
                name,
                NavItem(name, child.title, child.get_url(request), current_path == child.path),
            )
        elif key:
            layout.sections.append(
                NavItem(
                    key, child.title, child.get_url(request), current_path.startswith(child.path)
                )
            )
        elif child.footer_slug:
            layout.footer[child.footer_slug] = NavItem(
                child.footer_slug, child.title, child.get_url(request), current_path == child.path
            )
    order = {key: index for index, (key, _model) in enumerate(SECTION_MODELS)}
    layout.sections.sort(key=lambda item: order[item.key])
    missing = [slug for slug in FOOTER_SLUGS if slug not in layout.footer]
    if home.locale.language_code != settings.LANGUAGE_CODE:
        # Untranslated legal pages and the (German only) Leichte Sprache and Gebärdensprache
        # pages: link the German ones.
        default_home = _localized_home(request, settings.LANGUAGE_CODE)
        if default_home is not None and default_home.pk != home.pk:
            for child in (
                Page.objects.child_of(default_home)
                .live()
                .public()
                .filter(Q(slug__in=missing) | Q(content_type_id__in=german_only))
            ):
                if child.content_type_id in german_only:
                    name = german_only[child.content_type_id]
                    setattr(layout, name, NavItem(name, child.title, child.get_url(request)))
                else:
                    layout.footer[child.slug] = NavItem(
                        child.slug, child.title, child.get_url(request)
                    )
    _add_languages(layout, request, page)
    return layout


def _add_languages(layout: Layout, request, page) -> None:
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations[layout.language] = page
        for other in page.get_translations().live().public().select_related("locale"):
            translations[other.locale.language_code] = other
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request)
        elif isinstance(page, Page):
            home = _localized_home(request, code, fallback=False)
            if home is None:
                continue  # no such language version of the site (yet)
            url = home.get_url(request)
        else:
            url = translate_url(request.get_full_path(), code)
        layout.languages.append(
            LanguageLink(code, str(name), url, code == layout.language, target is not None)
        )
    if len(translations) > 1:
        for code, _name in settings.LANGUAGES:
            if code in translations:
                layout.alternates.append((code, translations[code].get_full_url(request)))
        default = translations.get(settings.LANGUAGE_CODE)
        if default is not None:
            layout.alternates.append(("x-default", default.get_full_url(request)))


@register.simple_tag(takes_context=True)
def site_layout(context) -> Layout:
    """Navigation, footer links and language versions for base.html (once per request)."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return Layout(language=translation.get_language() or settings.LANGUAGE_CODE)
    return request_cached(
        request, f"layout_{getattr(page, 'pk', None)}", lambda: _build_layout(request, page)
    )


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    """An absolute URL for a root-relative one (canonical, Open Graph)."""
    request = context.get("request")
    if not url:
        return ""
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag(takes_context=True)
def og_image(context, page) -> str:
    """Absolute URL of the page's listing image for sharing, or ''."""
    image = getattr(page, "listing_image", None)
    if image is None:
        return ""
    try:
        rendition = image.get_rendition(OG_IMAGE_SPEC)
    except Exception:  # a missing source file must not break the page
        return ""
    url = rendition.url
    if url.startswith("/"):
        # Same host as the canonical URL: the Site's root URL, not the request's Host header.
        parts = page.get_url_parts(context.get("request"))
        root_url = parts[1] if parts else None
        return root_url.rstrip("/") + url if root_url else absolute_url(context, url)
    return url


@register.filter
def og_locale(language: str) -> str:
    return OG_LOCALES.get(language, "de_DE")


@register.simple_tag(takes_context=True)
def page_description(context, page) -> str:
    """Meta description: the search description, else the teaser, else the mission."""
    for name in ("search_description", "teaser"):
        value = getattr(page, name, "")
        if value:
            return str(value)
    mission = getattr(page, "mission", "")
    return strip_tags(mission).strip() if mission else ""


@register.simple_tag
def newsletter_signup_url() -> str:
    return settings.NEWSLETTER_SIGNUP_URL


@register.simple_tag
def contact_email() -> str:
    return settings.CONTACT_EMAIL


@register.simple_tag(takes_context=True)
def paginate(context, items, per_page=12):
    """One page of a listing (`?page=`), listing images prefetched with their thumbnails."""
    request = context.get("request")
    paginator = Paginator(items, per_page)
    page_obj = paginator.get_page(request.GET.get("page") if request is not None else None)
    objects = list(page_obj.object_list)
    by_class: dict[type, list] = {}
    for obj in objects:
        if hasattr(obj, "listing_image_id"):
            by_class.setdefault(type(obj), []).append(obj)
    for group in by_class.values():
        prefetch_related_objects(group, Prefetch("listing_image", thumbnail_images()))
    page_obj.object_list = objects
    return page_obj


@register.simple_tag(takes_context=True)
def query_without_page(context) -> str:
    """The current query string without `page`, for pagination links."""
    request = context.get("request")
    if request is None:
        return ""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
