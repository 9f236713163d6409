import pytest

from .site_tree import build_site_tree


@pytest.fixture
def tree(db):
    return build_site_tree()
