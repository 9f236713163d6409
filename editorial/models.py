"""Who runs which place: operators (Ortsbetreiber) may edit the places assigned to them.

An assignment is turned into Wagtail's own page permissions, so every admin view
(editor, explorer, search, dashboard, bulk actions) enforces it: each operator gets a
personal group "Ortsbetreiber: <username>" holding the permission "Bearbeiten" on
exactly the assigned place pages, and is put into the group "Ortsbetreiber" (admin
access, images). Publishing is never granted: operators submit to the workflow.
"""

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from .roles import OPERATOR_GROUP_PREFIX, OPERATOR_PLACE_PERMISSIONS, ORTSBETREIBER


class PlaceOperator(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Person"),
        on_delete=models.CASCADE,
        related_name="operated_places",
        help_text=_(
            "Das Konto der Person, die den Ort betreibt. Sie kann diese Ortsseite "
            "bearbeiten und zur Prüfung einreichen, aber nicht veröffentlichen."
        ),
    )
    place = models.ForeignKey(
        "places.PlacePage",
        verbose_name=_("Ort"),
        on_delete=models.CASCADE,
        related_name="operators",
    )
    note = models.CharField(
        _("Notiz"),
        max_length=200,
        blank=True,
        help_text=_("Intern, z. B. Funktion der Person oder Datum der Absprache."),
    )
    created_at = models.DateTimeField(_("Zugeordnet am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Ortsbetreiber-Zuordnung")
        verbose_name_plural = _("Ortsbetreiber-Zuordnungen")
        ordering = ["place__title", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["user", "place"], name="unique_place_operator"),
        ]

    def __str__(self):
        return f"{self.user.get_username()} – {self.place.title}"


def operator_group_name(user) -> str:
    return f"{OPERATOR_GROUP_PREFIX}{user.get_username()}"[:150]


def sync_operator_permissions(user):
    """Make the user's personal operator group match their assignments exactly."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    with transaction.atomic():
        place_ids = set(PlaceOperator.objects.filter(user=user).values_list("place_id", flat=True))
        personal = list(user.groups.filter(name__startswith=OPERATOR_GROUP_PREFIX))
        if not place_ids:
            for group in personal:
                group.delete()
            Group.objects.filter(name=operator_group_name(user), user__isnull=True).delete()
            return None
        group = personal[0] if personal else None
        for extra in personal[1:]:
            extra.delete()
        name = operator_group_name(user)
        if group is None:
            group, _created = Group.objects.get_or_create(name=name)
            user.groups.add(group)
        elif group.name != name:  # the username changed
            group.name = name
            group.save(update_fields=["name"])
        role, _created = Group.objects.get_or_create(name=ORTSBETREIBER)
        user.groups.add(role)

        permissions = Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=OPERATOR_PLACE_PERMISSIONS
        )
        existing = GroupPagePermission.objects.filter(group=group)
        existing.exclude(page_id__in=place_ids, permission__in=permissions).delete()
        have = set(existing.values_list("page_id", "permission_id"))
        GroupPagePermission.objects.bulk_create(
            GroupPagePermission(group=group, page_id=page_id, permission=permission)
            for page_id in place_ids
            for permission in permissions
            if (page_id, permission.pk) not in have
        )
        return group


register_snippet(
    "editorial.models.PlaceOperator", viewset="editorial.operators.PlaceOperatorViewSet"
)
