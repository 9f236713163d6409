"""Users with page permissions, and pages with the gaps the dashboard panels list."""

import datetime

from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import GroupPagePermission

from kreativorte.factories import ImageFactory
from places.factories import PlacePageFactory
from places.models import PlaceGalleryImage

TODAY = timezone.localdate()


def days_ago(days):
    return TODAY - datetime.timedelta(days=days)


def make_user(django_user_model, name, page=None, permissions=(), superuser=False):
    """A user with admin access and the given page permissions on `page` (and below)."""
    if superuser:
        return django_user_model.objects.create_superuser(name, f"{name}@example.org", "pw")
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
    group = Group.objects.create(name=f"Testgruppe {name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions:
        GroupPagePermission.objects.create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{codename}_page"
            ),
        )
    user.groups.add(group)
    return user


def titles(listing):
    return [entry.page.title for entry in listing.entries]


def place_with(tree, listing_image="good", gallery=(), live=True, title=None):
    images = {"good": lambda: ImageFactory(), "no-alt": lambda: ImageFactory(description="")}
    place = PlacePageFactory(
        parent=tree.places,
        title=title or "Alte Spinnerei",
        live=live,
        listing_image=images[listing_image]() if listing_image else None,
    )
    for kind, alt_text in gallery:
        PlaceGalleryImage.objects.create(page=place, image=images[kind](), alt_text=alt_text)
    return place
