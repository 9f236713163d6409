import pytest
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale

from .helpers import published
from .roles_world import World
from .site_tree import build_site_tree


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in German: a request to /en/ leaves English active in the thread."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def tree(db):
    return build_site_tree()


@pytest.fixture
def world(tree):
    """The tree with one live page of each type and a user for each editorial role."""
    return World(tree)


@pytest.fixture
def fresh_cache():
    """An empty cache before and after the test.

    Wagtail caches renditions and site root paths by id, and ids come again after a
    rolled-back test. Modules that need it say `pytest.mark.usefixtures("fresh_cache")`.
    """
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def english(tree):
    """English as a second language, with the home page translated and published."""
    locale = Locale.objects.create(language_code="en")
    published(tree.home.copy_for_translation(locale))
    return locale


@pytest.fixture
def django_assert_max_num_queries(django_assert_max_num_queries, settings):
    """Query budgets measure rendering, so the page cache is off where they are used."""
    settings.PAGE_CACHE_SECONDS = 0
    return django_assert_max_num_queries


@pytest.fixture
def django_assert_num_queries(django_assert_num_queries, settings):
    settings.PAGE_CACHE_SECONDS = 0
    return django_assert_num_queries
