"""The demo's accessibility statement (data/de/accessibility_statement.json and its English
translation in data/en/translations.json): dates relative to the seeding day, the
non-accessible contents as inline items."""

import datetime

from accessibility.models import AccessibilityStatementPage, NonAccessibleContent

from .base import without


def statement_fields(data: dict, today: datetime.date) -> dict:
    """Arguments of AccessibilityStatementPageFactory; `items` become its inline items."""
    return {
        **without(data, "slug", "prepared_days_ago", "reviewed_days_ago"),
        "prepared_on": today - datetime.timedelta(days=data["prepared_days_ago"]),
        "last_reviewed": today - datetime.timedelta(days=data["reviewed_days_ago"]),
    }


def english_statement_fields(source, fields: dict) -> dict | None:
    """The English fields for `translate()`, or None where the German page is not a statement
    (a demo database from before keeps its standard page "barrierefreiheit")."""
    if not isinstance(source, AccessibilityStatementPage):
        return None
    items = [
        NonAccessibleContent(sort_order=number, **item)
        for number, item in enumerate(fields["items"])
    ]
    return {**without(fields, "items"), "non_accessible_items": items}
