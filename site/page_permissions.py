"""Page permissions the explorer can check without a query per row."""

from wagtail.models import PagePermissionTester


class LeafPagePermissionTester(PagePermissionTester):
    """For an editor without publish permission, Wagtail asks the database whether any
    page of the subtree is live before offering to delete or move a page: twice per row of
    the explorer. A leaf's subtree is the page itself, so its own `live` answers."""

    def can_delete(self, ignore_bulk=False):
        if (
            self.user.is_active
            and not self.user.is_superuser
            and "publish" not in self.permissions
            and self.page.is_leaf()
            and self.page.live
        ):
            return False  # every branch of Wagtail's check refuses a live page here
        return super().can_delete(ignore_bulk=ignore_bulk)


class LeafPagePermissions:
    """Mixin for page models listed by the hundred (places, guides, events)."""

    def permissions_for_user(self, user):
        return LeafPagePermissionTester(user, self)
