"""What keeps a page from going live, in the editors' words.

Wagtail validates a page when it goes live (`Page.save()` runs `full_clean()` on a live
page): the page type's `clean()` (e.g. a place needs its position on the map), required
fields and blocks, a free slug. The page editor shows these errors at their fields. The
actions without a form (approving from the dashboard, bulk publishing, scheduled
publishing) ask `publication_problems` first and refuse with a message instead of
failing half-way with a server error.
"""

from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist, ValidationError
from django.utils.text import capfirst


def publishable_version(page):
    """The version an approval or a publication would put live: the latest revision."""
    return page.specific.get_latest_revision_as_object()


def describe(error: ValidationError, page) -> list[str]:
    """The messages of a validation error, each with the label of its field."""
    if not hasattr(error, "error_dict"):
        return [str(message) for message in error.messages]
    problems = []
    for field_name, messages in error.message_dict.items():
        label = ""
        if field_name != NON_FIELD_ERRORS:
            try:
                label = capfirst(page._meta.get_field(field_name).verbose_name)
            except FieldDoesNotExist:
                label = field_name
        problems.extend(f"{label}: {message}" if label else str(message) for message in messages)
    return problems


def publication_problems(page) -> list[str]:
    """Why the page's latest version cannot go live (empty when it can)."""
    version = publishable_version(page)
    try:
        version.full_clean()
    except ValidationError as error:
        return describe(error, version)
    return []
