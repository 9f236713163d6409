"""Filtering pages by taxonomy terms given as slugs."""

from django.utils.translation import gettext as _

from .api_errors import bad_parameter


def known_slugs(model, parameter: str, slugs: list[str]) -> list[str]:
    """The slugs, if every one names a term of the taxonomy; otherwise a 400 naming them."""
    if slugs:
        missing = set(slugs) - set(
            model.objects.filter(slug__in=slugs).values_list("slug", flat=True)
        )
        if missing:
            raise bad_parameter(
                parameter, _("Unbekannt: %(slugs)s") % {"slugs": ", ".join(sorted(missing))}
            )
    return slugs


def with_any_term(pages, relation: str, parameter: str, slugs: list[str]):
    """Pages linked through the many-to-many `relation` to any of the terms (a 400 for unknown slugs).

    A subquery on the through table, so no duplicates and no DISTINCT.
    """
    known_slugs(pages.model._meta.get_field(relation).related_model, parameter, slugs)
    return linked_to_any(pages, relation, slugs)


def linked_to_any(pages, relation: str, slugs: list[str]):
    """Pages linked through the many-to-many `relation` to any of the terms (slugs as given).

    A subquery on the through table: no duplicates, no DISTINCT, no extra query.
    """
    field = pages.model._meta.get_field(relation)
    links = field.remote_field.through.objects.filter(
        **{f"{field.m2m_reverse_field_name()}__slug__in": slugs}
    )
    return pages.filter(id__in=links.values(f"{field.m2m_field_name()}_id"))
