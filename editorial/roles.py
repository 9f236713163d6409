"""The editorial roles as Django groups with Wagtail page, collection and model permissions.

Used by the data migrations (with historical models: pass `apps`) and at run time
(`ensure_roles()`), so the definitions live in one place. Everything is idempotent:
running it again adds what is missing and removes nothing an admin added.

- Redaktion: writes guides, places, cooperations and events everywhere in the tree,
  submits them to the review workflow; publishes events directly (a publish
  permission on each events section, see `editorial.workflow.configure_section`).
- Freigabe: reviews and publishes, deletes, locks and unlocks pages anywhere.
- Ortsbetreiber: admin access and images only; the right to edit a place comes from
  an assignment (`editorial.models.PlaceOperator`), one personal group per operator.
"""

from django.apps import apps as global_apps

from kreativorte.roles import FREIGABE, ORTSBETREIBER, REDAKTION

ROLE_NAMES = (REDAKTION, FREIGABE, ORTSBETREIBER)
OPERATOR_GROUP_PREFIX = "Ortsbetreiber: "

# Page permissions on the tree root, so they apply to every page of every locale.
PAGE_PERMISSIONS = {
    REDAKTION: ("add_page", "change_page"),
    FREIGABE: (
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ),
    ORTSBETREIBER: (),
}
# Extra page permissions of Redaktion on each events section (and its events).
EVENT_SECTION_PERMISSIONS = {REDAKTION: ("publish_page",)}
# Permissions of an operator's personal group on each assigned place.
OPERATOR_PLACE_PERMISSIONS = ("change_page",)

# Image and document permissions on the root collection (and so every collection).
# Wagtail's image permissions stay on wagtailimages.Image with a custom image model.
COLLECTION_PERMISSIONS = {
    REDAKTION: (
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ),
    FREIGABE: (
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtailimages.delete_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        "wagtaildocs.delete_document",
    ),
    # "add" also lets operators edit and delete the images they uploaded themselves.
    ORTSBETREIBER: ("wagtailimages.add_image", "wagtailimages.choose_image"),
}

TAXONOMIES = (
    "kreativorte.district",
    "kreativorte.submarket",
    "places.placetype",
    "knowledge.topic",
)
SNIPPETS = (
    "kreativorte.contactperson",
    "knowledge.fundingprogramme",
    "search.synonymgroup",  # "Synonyme": what the site search treats as the same word
)

# Reports from the public: editors read them and set their status; they never add one.
REPORTS = ("accessibility.barrierreport",)  # "Barrieremeldungen"


def _model_permissions(models, actions):
    return tuple(
        f"{model.split('.')[0]}.{action}_{model.split('.')[1]}"
        for model in models
        for action in actions
    )


# Model permissions (snippets, translations, operator assignments, admin access).
MODEL_PERMISSIONS = {
    REDAKTION: (
        "wagtailadmin.access_admin",
        "simple_translation.submit_translation",
        *_model_permissions(SNIPPETS, ("add", "change", "delete", "view")),
        *_model_permissions(TAXONOMIES, ("view",)),
        *_model_permissions(REPORTS, ("change", "view")),
    ),
    FREIGABE: (
        "wagtailadmin.access_admin",
        "simple_translation.submit_translation",
        *_model_permissions(SNIPPETS, ("add", "change", "delete", "view")),
        *_model_permissions(TAXONOMIES, ("change", "view")),
        *_model_permissions(("editorial.placeoperator",), ("add", "change", "delete", "view")),
        *_model_permissions(REPORTS, ("change", "delete", "view")),
    ),
    ORTSBETREIBER: ("wagtailadmin.access_admin",),
}


def create_missing_permissions(apps=global_apps):
    """Content types and permissions are normally made after `migrate`; make them now."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, apps=apps, verbosity=0)
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def get_permission(apps, dotted):
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(apps, codename):
    return get_permission(apps, f"wagtailcore.{codename}")


def grant_page_permissions(apps, group, page, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=page.pk, permission=page_permission(apps, codename)
        )


def ensure_roles(apps=global_apps):
    """Create the three groups with their permissions; returns {name: group}."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    groups = {}
    for name in ROLE_NAMES:
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        group.permissions.add(*(get_permission(apps, p) for p in MODEL_PERMISSIONS[name]))
        if root_page is not None:
            grant_page_permissions(apps, group, root_page, PAGE_PERMISSIONS[name])
        if root_collection is not None:
            for dotted in COLLECTION_PERMISSIONS[name]:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=get_permission(apps, dotted),
                )
    return groups


def retire_wagtail_defaults(apps=global_apps):
    """Wagtail's stock groups and workflow would compete with our roles.

    Its migrations create "Editors" and "Moderators" with permissions on the whole tree
    and a workflow "Moderators approval" on the tree root (which every page would
    inherit, events included). Groups without members are removed; the workflow is
    taken off the root and deactivated if nobody else uses it.
    """
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    Task = apps.get_model("wagtailcore", "Task")

    Group.objects.filter(name__in=("Editors", "Moderators"), user__isnull=True).delete()
    for workflow in Workflow.objects.filter(name="Moderators approval", active=True):
        WorkflowPage.objects.filter(workflow=workflow, page__depth=1).delete()
        in_use = (
            WorkflowPage.objects.filter(workflow=workflow).exists()
            or WorkflowState.objects.filter(workflow=workflow, status="in_progress").exists()
        )
        if not in_use:
            workflow.active = False
            workflow.save(update_fields=["active"])
            Task.objects.filter(
                name="Moderators approval", workflow_tasks__workflow=workflow
            ).update(active=False)
