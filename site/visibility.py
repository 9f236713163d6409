"""Whether visitors may see a page: published and not behind a password or login."""


def is_public(page) -> bool:
    return page is not None and page.live and not page.get_view_restrictions().exists()
