"""What Wagtail creates with English names and the German admin shows: the page tree's
root ("Root", heading the explorer) and its stock workflow and task, which
editorial's migration 0002 deactivated ("Moderators approval", still listed in reports)."""

from django.db import migrations

ROOT_PAGE = ("Root", "Seitenbaum")
STOCK_WORKFLOW = ("Moderators approval", "Wagtail-Vorgabe (nicht verwendet)")


def rename(backwards=False):
    def operation(apps, schema_editor):
        page_names, workflow_names = (
            (ROOT_PAGE[::-1], STOCK_WORKFLOW[::-1]) if backwards else (ROOT_PAGE, STOCK_WORKFLOW)
        )
        Page = apps.get_model("wagtailcore", "Page")
        Page.objects.filter(depth=1, title=page_names[0]).update(
            title=page_names[1], draft_title=page_names[1]
        )
        for model in ("Workflow", "Task"):
            apps.get_model("wagtailcore", model).objects.filter(
                name=workflow_names[0], active=False
            ).update(name=workflow_names[1])

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("kreativorte", "0005_root_collection_in_german"),
        ("editorial", "0002_roles_and_review_workflow"),
    ]

    operations = [migrations.RunPython(rename(), rename(backwards=True))]
