"""The review workflow "Redaktionelle Prüfung" and how each section of the site uses it.

- Places, guides and cooperations go through the workflow: the section index page
  (Orte, Wissen, Kooperationen, in every language) has it assigned, and Wagtail
  applies it to every page below.
- Events are published directly by Redaktion: each events section carries a publish
  permission for that group.

`configure_section(page)` does whichever applies; the demo seed calls it, a signal
calls it for every new section index page (translations included), and a data
migration did it for the sections that existed before.
"""

from django.apps import apps as global_apps

from .roles import EVENT_SECTION_PERMISSIONS, FREIGABE, ensure_roles, grant_page_permissions

WORKFLOW_NAME = "Redaktionelle Prüfung"
TASK_NAME = "Prüfung durch die Freigabe"

REVIEWED_SECTIONS = (
    ("places", "placeindexpage"),
    ("knowledge", "guideindexpage"),
    ("knowledge", "cooperationindexpage"),
)
EVENT_SECTIONS = (("events", "eventindexpage"),)


def ensure_review_workflow(apps=global_apps):
    """The workflow with its one group approval task for Freigabe (created if missing)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME,
            active=True,
            content_type=ContentType.objects.get_for_model(GroupApprovalTask),
        )
    freigabe = Group.objects.filter(name=FREIGABE).first()
    if freigabe is None:
        freigabe = ensure_roles(apps)[FREIGABE]
    task.groups.add(freigabe)
    if not WorkflowTask.objects.filter(workflow=workflow, task_id=task.pk).exists():
        WorkflowTask.objects.create(
            workflow=workflow, task_id=task.pk, sort_order=workflow.workflow_tasks.count()
        )
    return workflow


def review_workflow():
    """The Workflow "Redaktionelle Prüfung" (Wagtail's model), created if missing."""
    from wagtail.models import Workflow

    return Workflow.objects.get(pk=ensure_review_workflow().pk)


def assign_review_workflow(page, apps=global_apps):
    """Put a section index page (and so every page below it) under the review workflow."""
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    workflow = ensure_review_workflow(apps)
    WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})
    return workflow


def allow_direct_event_publishing(page, apps=global_apps):
    """Let Redaktion publish the events of this events section without review."""
    Group = apps.get_model("auth", "Group")
    for name, codenames in EVENT_SECTION_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first() or ensure_roles(apps)[name]
        grant_page_permissions(apps, group, page, codenames)


def _content_type_key(page, apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.get(pk=page.content_type_id)
    return (content_type.app_label, content_type.model)


def configure_section(page, apps=global_apps):
    """Review workflow or direct event publishing, depending on the section's type."""
    key = _content_type_key(page, apps)
    if key in REVIEWED_SECTIONS:
        assign_review_workflow(page, apps)
    elif key in EVENT_SECTIONS:
        allow_direct_event_publishing(page, apps)


def configure_all_sections(apps=global_apps):
    """`configure_section` for every section index page that exists (all languages)."""
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    count = 0
    for app_label, model in REVIEWED_SECTIONS + EVENT_SECTIONS:
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is None:
            continue
        for page in Page.objects.filter(content_type=content_type):
            configure_section(page, apps)
            count += 1
    return count
